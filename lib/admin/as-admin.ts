// How every admin form action runs its command: signed in with admin.manage (the command checks
// the permission again), and kept through a database outage — the form comes back with what
// was typed rather than an error page (lib/forms/keeping-input.ts).
import "server-only";
import { requireActor, type Actor } from "@/lib/auth/actor";
import type { FormFailure } from "@/lib/forms/form-state";
import { keepingInput } from "@/lib/forms/keeping-input";

export async function asAdmin<Input, Result>(
  input: Input,
  command: (actor: Actor, input: Input) => Promise<Result>,
): Promise<Result | FormFailure<Input>> {
  return keepingInput(
    () => input,
    async () => command(await requireActor("admin.manage"), input),
  );
}
