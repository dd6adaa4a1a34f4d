// The barrier log's filters as a GET form, so a filtered log is a link.
import { FilterForm } from "@/components/ui/filter-form";
import { SelectField, type Option } from "@/components/ui/select-field";
import { barrierCategoryLabels, escalationLevelLabels } from "@/lib/barriers/labels";
import { ageFilterLabels, ageFilters, statusFilterLabels, statusFilters, type LogFilters } from "@/lib/barriers/log-filters";
import type { BarrierCategory, EscalationLevel } from "@/lib/generated/prisma/enums";

const optionsOf = <K extends string>(labels: Record<K, string>, keys: readonly K[]): Option[] => keys.map((k) => ({ value: k, label: labels[k] }));

export function LogFilterForm({ filters, organisations, clearHref }: { filters: LogFilters; organisations: Option[]; clearHref: string }) {
  const filtered = Object.values(filters).some((v) => v !== "");
  return (
    <FilterForm label="Filter barriers" clearHref={clearHref} filtered={filtered}>
      <SelectField id="status" name="status" label="Status" placeholder="Any" options={optionsOf(statusFilterLabels, statusFilters)} defaultValue={filters.status} />
      <SelectField id="level" name="level" label="Level" placeholder="Any" options={optionsOf(escalationLevelLabels, Object.keys(escalationLevelLabels) as EscalationLevel[])} defaultValue={filters.level} />
      <SelectField id="category" name="category" label="Kind" placeholder="Any" options={optionsOf(barrierCategoryLabels, Object.keys(barrierCategoryLabels) as BarrierCategory[])} defaultValue={filters.category} />
      <SelectField id="organisation" name="organisation" label="Organisation" placeholder="Any" options={organisations} defaultValue={filters.organisation} />
      <SelectField id="age" name="age" label="Raised" placeholder="Any time" options={optionsOf(ageFilterLabels, ageFilters)} defaultValue={filters.age} />
    </FilterForm>
  );
}
