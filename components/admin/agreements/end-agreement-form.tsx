"use client";
// Confirming the end of an agreement, with the reason kept in the audit trail.
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/text-area";
import type { endAgreementAction } from "@/lib/admin/agreements/actions";
import { useForm } from "@/components/ui/use-form";

export function EndAgreementForm({ action, agreementId }: { action: typeof endAgreementAction; agreementId: string }) {
  const form = useForm(action, ["reason"]);
  return (
    <>
      <ErrorSummary items={form.summary} />
      <form action={form.formAction} noValidate className="max-w-2xl">
        <input type="hidden" name="id" value={agreementId} />
        <TextArea
          id="reason"
          name="reason"
          label="Why is the agreement ending?"
          hint="This is kept in the audit trail."
          rows={3}
          defaultValue={form.values?.reason ?? ""}
          error={form.error("reason")}
        />
        <Button type="submit" variant="warning" disabled={form.pending}>
          End agreement
        </Button>
      </form>
    </>
  );
}
