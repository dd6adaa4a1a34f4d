"use client";
// "Make new recovery codes": the old ones stop working; the new ones are shown once.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { renewRecoveryCodesAction, RecoveryCodesState } from "@/lib/account/actions";
import { RecoveryCodesList } from "./recovery-codes-list";

export function RenewRecoveryCodesForm({ action }: { action: typeof renewRecoveryCodesAction }) {
  const [state, formAction, pending] = useActionState<RecoveryCodesState, FormData>(action, null);
  if (state?.ok && "recoveryCodes" in state) return <RecoveryCodesList codes={state.recoveryCodes} />;
  const failed = state && !state.ok ? state : null;
  return (
    <>
      <ErrorSummary items={failed?.formError ? [{ message: failed.formError }] : []} />
      <form action={formAction}>
        <Button type="submit" variant="secondary" disabled={pending}>
          Make new recovery codes
        </Button>
      </form>
    </>
  );
}
