"use client";
// Resetting a user's password: after confirming, where the new one-time link was emailed.
import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { resetPasswordAction } from "@/lib/admin/users/actions";
import { PasswordLinkEmailed } from "./password-link-emailed";

export function ResetPasswordForm({
  action,
  userId,
  userName,
}: {
  action: typeof resetPasswordAction;
  userId: string;
  userName: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok && state.expiresAt) {
    return (
      <>
        <PasswordLinkEmailed title="Password reset" userName={userName} emailedTo={state.emailedTo} expiresAt={state.expiresAt} />
        <Link href={`/admin/users/${userId}`}>Back to {userName}</Link>
      </>
    );
  }
  const failed = state && !state.ok ? state : null;
  return (
    <>
      <ErrorSummary items={failed?.formError ? [{ message: failed.formError }] : []} />
      <form action={formAction}>
        <input type="hidden" name="id" value={userId} />
        <Button type="submit" variant="warning" disabled={pending}>
          Reset password
        </Button>
      </form>
    </>
  );
}
