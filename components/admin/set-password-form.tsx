"use client";
// The public form where a new user (or one whose password was reset) chooses a password.
import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { OutcomePanel } from "./outcome-panel";
import { TextField } from "@/components/ui/text-field";
import type { setPasswordAction } from "@/lib/admin/set-password/actions";
import { passwordLength } from "@/lib/domain/password-length";
import { formFeedback } from "@/lib/forms/form-feedback";

export function SetPasswordForm({ action, token, email }: { action: typeof setPasswordAction; token: string; email: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok) {
    return (
      <OutcomePanel title="Success">
        <p className="mb-4 font-bold">Your password is set.</p>
        <Link href="/sign-in">Sign in to Golden Thread</Link>
      </OutcomePanel>
    );
  }
  const { error, summary } = formFeedback(state, ["password", "confirmation"]);
  return (
    <>
      <ErrorSummary items={summary} />
      <form action={formAction} noValidate>
        <input type="hidden" name="token" value={token} />
        {/* Lets password managers save the new password against the right account. */}
        <input type="hidden" name="username" autoComplete="username" value={email} />
        <TextField
          id="password"
          name="password"
          type="password"
          label="New password"
          hint={`At least ${passwordLength.min} characters. Three random words make a good one. Avoid passwords you use elsewhere.`}
          autoComplete="new-password"
          error={error("password")}
        />
        <TextField
          id="confirmation"
          name="confirmation"
          type="password"
          label="Type the password again"
          autoComplete="new-password"
          error={error("confirmation")}
        />
        <Button type="submit" disabled={pending}>
          Set password
        </Button>
      </form>
    </>
  );
}
