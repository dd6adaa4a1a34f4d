// The ledger's period as a GET form (bookmarkable), like the place dashboards' period form:
// errors in an error summary and at the field, the default shown meanwhile.
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { monthLabel, offeredMonths, type Period, type PeriodError } from "@/lib/domain/period";

export function LedgerPeriodForm({ period, errors, action }: { period: Period; errors: PeriodError[]; action: string }) {
  const months = offeredMonths().map((m) => ({ value: m, label: monthLabel(m) }));
  const error = (field: "from" | "to") => errors.find((e) => e.field === field)?.message;
  return (
    <>
      <ErrorSummary items={errors.map((e) => ({ fieldId: `period-${e.field}`, message: e.message }))} />
      <form method="get" action={action} className="mb-10 border-l-[5px] border-border bg-panel p-4 print:hidden" aria-label="Period">
        <fieldset>
          <legend className="mb-3 text-xl font-bold">Figures for</legend>
          <div className="flex flex-wrap gap-x-6">
            <SelectField id="period-from" name="from" label="From" options={months} defaultValue={period.from} error={error("from")} />
            <SelectField id="period-to" name="to" label="To (included)" options={months} defaultValue={period.to} error={error("to")} />
          </div>
          <Button type="submit">Show figures</Button>
        </fieldset>
      </form>
    </>
  );
}
