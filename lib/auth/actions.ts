"use server";
// Sign-in (the password step) and sign-out. Both are public endpoints: sign-in validates its
// input itself and answers every failure with the same message, so it never tells whether an
// account exists. After the password the session still needs its second step (/sign-in/code).
import { AuthError, CredentialsSignin } from "next-auth";
import { headers } from "next/headers";
import { z } from "zod";
import { isTransientDatabaseError } from "@/lib/forms/database-errors";
import type { FormState } from "@/lib/forms/form-state";
import { auth, signIn, signOut } from "./auth";
import { clientAddress } from "./client-address";
import { endSession } from "./end-session";
import { tooManyAttempts } from "./mfa/messages";
import { signInSchema } from "./schemas";

export type SignInValues = { email: string };

const incorrect = "Email or password is incorrect";
const couldNotSignInNow = "We could not sign you in just now — try again in a minute";

function throttledMessage(code: string): string | null {
  const match = code.match(/^throttled:(\d+)$/);
  return match ? `${tooManyAttempts(new Date(Number(match[1])))}. If you cannot sign in, ask your partnership admin.` : null;
}

export async function signInAction(_previous: FormState<SignInValues>, formData: FormData): Promise<FormState<SignInValues>> {
  const values = { email: String(formData.get("email") ?? "") };
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) {
    return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors, values };
  }
  try {
    // A session this browser already had is replaced, not left open beside the new one.
    await endSession(await auth(), "replaced by a new sign-in", clientAddress(await headers()));
    await signIn("credentials", { ...parsed.data, redirectTo: "/sign-in/code" });
  } catch (error) {
    // An outage is not a wrong password: saying so would send people to reset a good one.
    if (isTransientDatabaseError(error)) {
      console.warn("[auth] database unavailable at sign-in");
      return { ok: false, formError: couldNotSignInNow, fieldErrors: {}, values };
    }
    if (error instanceof CredentialsSignin) {
      return { ok: false, formError: throttledMessage(error.code) ?? incorrect, fieldErrors: {}, values };
    }
    if (error instanceof AuthError) {
      return { ok: false, formError: incorrect, fieldErrors: {}, values };
    }
    throw error; // the redirect that follows a correct password
  }
  return { ok: true };
}

export async function signOutAction(): Promise<void> {
  await endSession(await auth(), "signed out", clientAddress(await headers()));
  await signOut({ redirectTo: "/sign-in?signed-out=1" });
}
