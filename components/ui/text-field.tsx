// A labelled text input with optional hint and inline error, wired up with aria-describedby.
import type { InputHTMLAttributes } from "react";

type Props = {
  id: string;
  name: string;
  label: string;
  hint?: string;
  error?: string;
  widthClass?: string;
} & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "name">;

export function TextField({ id, name, label, hint, error, widthClass = "w-full max-w-md", ...input }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className={`mb-6 ${error ? "border-l-[5px] border-error pl-4" : ""}`}>
      <label htmlFor={id} className="mb-1 block font-bold">
        {label}
      </label>
      {hint && (
        <p id={hintId} className="mb-2 text-secondary-ink">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="mb-2 font-bold text-error">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
      <input
        id={id}
        name={name}
        aria-describedby={[hintId, errorId].filter(Boolean).join(" ") || undefined}
        aria-invalid={error ? true : undefined}
        className={`block border-2 ${error ? "border-error" : "border-ink"} p-2 ${widthClass}`}
        {...input}
      />
    </div>
  );
}
