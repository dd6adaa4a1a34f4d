"use server";
// The public set-password form. Nobody is signed in: the one-time link is the authority, and
// every check is made again here (it is a public endpoint).
import type { CommandResult } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { keepingInput } from "@/lib/forms/keeping-input";
import { setPasswordWithLink } from "./password-link";
import type { SetPasswordValues } from "./schemas";

export async function setPasswordAction(
  _previous: CommandResult<SetPasswordValues> | null,
  formData: FormData,
): Promise<CommandResult<SetPasswordValues> | null> {
  return keepingInput(
    (): SetPasswordValues => ({}),
    () =>
      setPasswordWithLink({
        token: textOf(formData, "token"),
        password: textOf(formData, "password"),
        confirmation: textOf(formData, "confirmation"),
      }),
  );
}
