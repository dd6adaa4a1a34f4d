// The audit trail's filters: a GET form, so the filtered view is a link that can be shared.
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { AuditFilterValues } from "@/lib/admin/audit/filters";

export function AuditFilterForm({
  values,
  errors,
  actions,
  recordTypes,
  organisations,
}: {
  values: AuditFilterValues;
  errors: Partial<Record<string, string[]>>;
  actions: string[];
  recordTypes: string[];
  organisations: { value: string; label: string }[];
}) {
  const filtered = Object.values(values).some((v) => (typeof v === "string" ? v : Object.values(v).some(Boolean)));
  return (
    <form method="get" role="search" aria-label="Filter the audit trail" className="mb-8 bg-panel p-4">
      <div className="grid gap-x-6 sm:grid-cols-2">
        <TextField id="user" name="user" label="User's email address" type="email" spellCheck={false} defaultValue={values.user} />
        <SelectField id="organisation" name="organisation" label="User's organisation" options={organisations} placeholder="Any organisation" defaultValue={values.organisation} />
        <SelectField
          id="action"
          name="action"
          label="Action"
          options={actions.map((a) => ({ value: a, label: a }))}
          placeholder="Any action"
          defaultValue={values.action}
        />
        <SelectField
          id="recordType"
          name="recordType"
          label="Type of record"
          options={recordTypes.map((r) => ({ value: r, label: r }))}
          placeholder="Any type"
          defaultValue={values.recordType}
        />
        <TextField
          id="record"
          name="record"
          label="Record"
          hint="A case reference, like GT-000123, or a record's id"
          spellCheck={false}
          defaultValue={values.record}
        />
      </div>
      <div className="flex flex-wrap gap-x-10">
        <DateField id="from" name="from" legend="From" hint="For example, 1 3 2026" value={values.from} error={errors.from?.[0]} />
        <DateField id="to" name="to" legend="To" hint="Including this day" value={values.to} error={errors.to?.[0]} />
      </div>
      <div className="flex items-center gap-6">
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
        {filtered && <Link href="/admin/audit">Clear filters</Link>}
      </div>
    </form>
  );
}
