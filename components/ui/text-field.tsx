// A labelled text input with optional hint and inline error, wired up with aria-describedby.
import type { InputHTMLAttributes } from "react";
import { describedBy, FieldShell, type FieldProps } from "./field-shell";

type Props = FieldProps & { name: string; widthClass?: string } & Omit<
    InputHTMLAttributes<HTMLInputElement>,
    "id" | "name"
  >;

export function TextField({ id, name, label, hint, error, widthClass = "w-full max-w-md", ...input }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={name}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        className={`block border-2 ${error ? "border-error" : "border-ink"} p-2 ${widthClass}`}
        {...input}
      />
    </FieldShell>
  );
}
