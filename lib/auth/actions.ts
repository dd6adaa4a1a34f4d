"use server";
// Sign-in and sign-out. Both are public endpoints: sign-in validates its input itself and
// answers every failure with the same message, so it never tells whether an account exists.
import { AuthError, CredentialsSignin } from "next-auth";
import { z } from "zod";
import type { FormState } from "@/lib/forms/form-state";
import { signIn, signOut } from "./auth";
import { signInSchema } from "./schemas";

export type SignInValues = { email: string };

const incorrect = "Email or password is incorrect";
const throttled =
  "Too many attempts to sign in. Wait 15 minutes, then try again, or ask your partnership admin for help.";

export async function signInAction(
  _previous: FormState<SignInValues>,
  formData: FormData,
): Promise<FormState<SignInValues>> {
  const values = { email: String(formData.get("email") ?? "") };
  const parsed = signInSchema.safeParse({
    email: formData.get("email"),
    password: formData.get("password"),
  });
  if (!parsed.success) {
    return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  }
  try {
    await signIn("credentials", { ...parsed.data, redirectTo: "/" });
  } catch (error) {
    if (error instanceof CredentialsSignin) {
      return { ok: false, formError: error.code === "throttled" ? throttled : incorrect, fieldErrors: {}, values };
    }
    if (error instanceof AuthError) {
      return { ok: false, formError: incorrect, fieldErrors: {}, values };
    }
    throw error; // the redirect that follows a successful sign-in
  }
  return { ok: true };
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in?signed-out=1" });
}
