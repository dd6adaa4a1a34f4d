"use client";
// A confirmation with no fields to fill: hidden values and one button; a refusal is shown in
// an error summary.
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useForm, type FormAction } from "@/components/ui/use-form";

export function ConfirmForm<Values>({
  action,
  hidden,
  submitLabel,
  variant = "primary",
}: {
  action: FormAction<Values>;
  hidden: Record<string, string>;
  submitLabel: React.ReactNode;
  variant?: "primary" | "secondary" | "warning";
}) {
  const form = useForm(action, []);
  return (
    <>
      <ErrorSummary items={form.summary} />
      <form action={form.formAction}>
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <Button type="submit" variant={variant} disabled={form.pending}>
          {submitLabel}
        </Button>
      </form>
    </>
  );
}
