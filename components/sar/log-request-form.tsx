"use client";
// Logging a subject access request: the person (from the officer's lookup), when it was received,
// and who checked the requester's identity and how.
import { Button } from "@/components/ui/button";
import { ChoiceGroup, type Choice } from "@/components/ui/choice-group";
import { DateField } from "@/components/ui/date-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { HiddenRequestId } from "@/components/ui/hidden-request-id";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { useForm, type FormAction } from "@/components/ui/use-form";
import type { LogRequestValues } from "@/lib/sar/log-request";
import { logRequestFieldOrder } from "@/lib/sar/schemas";

export function LogRequestForm({ action, people, requestId }: { action: FormAction<LogRequestValues>; people: Choice[]; requestId: string }) {
  const { formAction, pending, error, summary, values } = useForm(action, logRequestFieldOrder);
  return (
    <>
      <ErrorSummary items={summary} />
      <form action={formAction} noValidate>
        <HiddenRequestId value={requestId} />
        <ChoiceGroup id="personId" name="personId" legend="Who is the request about?" type="radio" choices={people} error={error("personId")} selected={values?.personId ? [values.personId] : []} />
        <DateField id="receivedOn" name="receivedOn" legend="Date received" hint="The response is due one calendar month after this date. For example, 27 3 2026" error={error("receivedOn")} value={values?.receivedOn} />
        <TextField id="identityCheckedBy" name="identityCheckedBy" label="Who checked the requester's identity" error={error("identityCheckedBy")} defaultValue={values?.identityCheckedBy} />
        <TextArea id="identityCheckMethod" name="identityCheckMethod" label="How their identity was checked" hint="For example, passport and a council tax bill seen at the front desk" rows={3} error={error("identityCheckMethod")} defaultValue={values?.identityCheckMethod} />
        <Button type="submit" disabled={pending}>
          Log the request
        </Button>
      </form>
    </>
  );
}
