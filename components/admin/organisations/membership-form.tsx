"use client";
// Confirming a membership change (confirm, suspend, reinstate, mark as left) with the one fact
// each needs: the date joined, the reason for suspension, or the date left.
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/text-area";
import type { DatePartsInput } from "@/lib/forms/date-parts";
import { useForm, type FormAction } from "@/components/ui/use-form";

type Change = "activate" | "suspend" | "reinstate" | "leave";
type Values = { id?: string; joinedOn?: DatePartsInput; reason?: string; leftOn?: DatePartsInput };


export function MembershipForm({
  action,
  organisationId,
  change,
  submitLabel,
  today,
}: {
  action: FormAction<Values>;
  organisationId: string;
  change: Change;
  submitLabel: string;
  today: DatePartsInput;
}) {
  const form = useForm(action, ["joinedOn", "reason", "leftOn"]);
  const typed = form.values;
  return (
    <>
      <ErrorSummary items={form.summary} />
      <form action={form.formAction} noValidate className="max-w-2xl">
        <input type="hidden" name="id" value={organisationId} />
        <input type="hidden" name="change" value={change} />
        {change === "activate" && (
          <DateField
            id="joinedOn"
            name="joinedOn"
            legend="Date the organisation joined the partnership"
            hint="For example, 27 3 2026"
            value={typed?.joinedOn ?? today}
            error={form.error("joinedOn")}
          />
        )}
        {change === "suspend" && (
          <TextArea
            id="reason"
            name="reason"
            label="Why is the organisation being suspended?"
            hint="This is kept in the audit trail."
            rows={3}
            defaultValue={typed?.reason ?? ""}
            error={form.error("reason")}
          />
        )}
        {change === "leave" && (
          <DateField
            id="leftOn"
            name="leftOn"
            legend="Date the organisation left the partnership"
            hint="For example, 27 3 2026"
            value={typed?.leftOn ?? today}
            error={form.error("leftOn")}
          />
        )}
        <Button type="submit" variant={change === "suspend" || change === "leave" ? "warning" : "primary"} disabled={form.pending}>
          {submitLabel}
        </Button>
      </form>
    </>
  );
}
