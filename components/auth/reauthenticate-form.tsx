"use client";
// Password and authenticator code again, before a sensitive step; then back to where the user was.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import type { reauthenticateAction } from "@/lib/account/actions";
import { formFeedback } from "@/lib/forms/form-feedback";

export function ReauthenticateForm({ action, returnTo }: { action: typeof reauthenticateAction; returnTo: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary } = formFeedback(state, ["password", "code"]);
  return (
    <>
      <ErrorSummary items={summary} />
      <form action={formAction} noValidate>
        <input type="hidden" name="returnTo" value={returnTo} />
        <TextField id="password" name="password" label="Password" type="password" autoComplete="current-password" error={error("password")} />
        <TextField id="code" name="code" label="Code from your authenticator app" hint="For example, 123456" autoComplete="one-time-code" inputMode="numeric" spellCheck={false} widthClass="w-40" error={error("code")} />
        <Button type="submit" disabled={pending}>
          Confirm and continue
        </Button>
      </form>
    </>
  );
}
