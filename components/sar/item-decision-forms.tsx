"use client";
// Withholding one gathered item from the response (with the reason), or releasing it again.
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import { useForm, type FormAction } from "@/components/ui/use-form";
import type { ReleaseValues, WithholdValues } from "@/lib/sar/decide-item";

type Item = { type: string; id: string; title: string };

export function WithholdForm({ action, item, version }: { action: FormAction<WithholdValues>; item: Item; version: number }) {
  const { formAction, pending, error, summary, values } = useForm(action, ["reason"]);
  const fieldId = `reason-${item.type}-${item.id}`;
  return (
    <>
      <ErrorSummary items={summary.map((s) => (s.fieldId ? { ...s, fieldId } : s))} />
      <form action={formAction} noValidate className="mt-2 flex flex-wrap items-end gap-x-4">
        <input type="hidden" name="itemType" value={item.type} />
        <input type="hidden" name="itemId" value={item.id} />
        <input type="hidden" name="version" value={version} />
        <TextField id={fieldId} name="reason" label={`Reason to withhold ${item.title}`} hint="For example, third-party data: another person's details" error={error("reason")} defaultValue={values?.reason} />
        <div className="mb-6">
          <Button type="submit" variant="secondary" disabled={pending}>
            Withhold<span className="sr-only"> {item.title}</span>
          </Button>
        </div>
      </form>
    </>
  );
}

export function ReleaseForm({ action, item, version }: { action: FormAction<ReleaseValues>; item: Item; version: number }) {
  const { formAction, pending, summary } = useForm(action, []);
  return (
    <>
      <ErrorSummary items={summary} />
      <form action={formAction} className="mt-2">
        <input type="hidden" name="itemType" value={item.type} />
        <input type="hidden" name="itemId" value={item.id} />
        <input type="hidden" name="version" value={version} />
        <Button type="submit" variant="secondary" disabled={pending}>
          Include it again<span className="sr-only"> {item.title}</span>
        </Button>
      </form>
    </>
  );
}
