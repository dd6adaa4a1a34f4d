"use client";
// Extending a request's time limit, with the reason.
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/text-area";
import { useForm, type FormAction } from "@/components/ui/use-form";
import type { ExtendValues } from "@/lib/sar/extend-due-date";
import { extendFieldOrder } from "@/lib/sar/schemas";

export function ExtendForm({ action, version }: { action: FormAction<ExtendValues>; version: number }) {
  const { formAction, pending, error, summary, values } = useForm(action, extendFieldOrder);
  return (
    <>
      <ErrorSummary items={summary} />
      <form action={formAction} noValidate>
        <input type="hidden" name="version" value={version} />
        <DateField id="extendedDueOn" name="extendedDueOn" legend="New due date" hint="At most two further months: no later than three months after the request was received" error={error("extendedDueOn")} value={values?.extendedDueOn} />
        <TextArea id="extensionReason" name="extensionReason" label="Why the time limit is extended" rows={3} error={error("extensionReason")} defaultValue={values?.extensionReason} />
        <Button type="submit" variant="secondary" disabled={pending}>
          Extend the time limit
        </Button>
      </form>
    </>
  );
}
