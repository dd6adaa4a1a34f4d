import type { TextareaHTMLAttributes } from "react";
import { describedBy, FieldShell, type FieldProps } from "./field-shell";

type Props = FieldProps & { name: string } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "name">;

export function TextArea({ id, name, label, hint, error, rows = 5, ...textarea }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        className={`block w-full max-w-2xl border-2 ${error ? "border-error" : "border-ink"} p-2`}
        {...textarea}
      />
    </FieldShell>
  );
}
