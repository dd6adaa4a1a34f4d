import type { SelectHTMLAttributes } from "react";
import { describedBy, FieldShell, type FieldProps } from "./field-shell";

export type Option = { value: string; label: string };
export type OptionGroup = { label: string; options: Option[] };

type Props = FieldProps & { name: string; options: Option[]; groups?: OptionGroup[]; placeholder?: string } & Omit<
    SelectHTMLAttributes<HTMLSelectElement>,
    "id" | "name"
  >;

export function SelectField({ id, name, label, hint, error, options, groups = [], placeholder, ...select }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={name}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        className={`block min-w-[12rem] max-w-full border-2 ${error ? "border-error" : "border-ink"} bg-white p-2`}
        {...select}
      >
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </FieldShell>
  );
}
