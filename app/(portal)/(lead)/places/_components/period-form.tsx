// The figures' period and theme, as a GET form (so a view can be bookmarked and shared). Errors
// in the period are listed in an error summary and at the field, and the default is shown.
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import type { DashboardFilters, ThemeChoice } from "@/lib/dashboards/dashboard-types";
import { monthLabel, offeredMonths } from "@/lib/domain/period";

type Props = { filters: DashboardFilters; themes: ThemeChoice[]; action: string; sort?: { key: string; direction: string } };

export function PeriodForm({ filters, themes, action, sort }: Props) {
  const months = offeredMonths().map((m) => ({ value: m, label: monthLabel(m) }));
  const error = (field: "from" | "to") => filters.errors.find((e) => e.field === field)?.message;
  return (
    <>
      <ErrorSummary items={filters.errors.map((e) => ({ fieldId: `period-${e.field}`, message: e.message }))} />
      <form method="get" action={action} className="mb-10 border-l-[5px] border-border bg-panel p-4" aria-label="Period and theme">
        <fieldset>
          <legend className="mb-3 text-xl font-bold">Figures for</legend>
          <div className="flex flex-wrap gap-x-6">
            <SelectField id="period-from" name="from" label="From" options={months} defaultValue={filters.period.from} error={error("from")} />
            <SelectField id="period-to" name="to" label="To (included)" options={months} defaultValue={filters.period.to} error={error("to")} />
            <SelectField
              id="period-theme"
              name="theme"
              label="Theme"
              hint="Cases with this theme among their needs"
              options={themes.map((t) => ({ value: t.id, label: t.name }))}
              placeholder="All themes"
              defaultValue={filters.theme?.id ?? ""}
            />
          </div>
          {sort && (
            <>
              <input type="hidden" name="sort" value={sort.key} />
              <input type="hidden" name="dir" value={sort.direction} />
            </>
          )}
          <Button type="submit">Show figures</Button>
        </fieldset>
      </form>
    </>
  );
}
