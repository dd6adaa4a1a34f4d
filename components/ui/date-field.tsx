// GOV.UK date input: day, month and year as three numeric fields under one legend.
import { HintAndError } from "./field-shell";

export type DateParts = { day: string; month: string; year: string };

type Props = { id: string; name: string; legend: string; hint?: string; error?: string; value?: DateParts };

export function DateField({ id, name, legend, hint, error, value }: Props) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  const part = (key: keyof DateParts, label: string, width: string) => (
    <div>
      <label htmlFor={key === "day" ? id : `${id}-${key}`} className="mb-1 block">
        {label}
      </label>
      <input
        id={key === "day" ? id : `${id}-${key}`}
        name={`${name}.${key}`}
        inputMode="numeric"
        autoComplete="off"
        defaultValue={value?.[key] ?? ""}
        aria-invalid={error ? true : undefined}
        className={`block border-2 ${error ? "border-error" : "border-ink"} p-2 ${width}`}
      />
    </div>
  );
  return (
    <div className={`mb-6 ${error ? "border-l-[5px] border-error pl-4" : ""}`}>
      <fieldset role="group" aria-describedby={described || undefined}>
        <legend className="mb-1 font-bold">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className="flex gap-4">
          {part("day", "Day", "w-16")}
          {part("month", "Month", "w-16")}
          {part("year", "Year", "w-24")}
        </div>
      </fieldset>
    </div>
  );
}
