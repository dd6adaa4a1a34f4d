// The typed result every form's server action returns (see HOUSE_STYLE.md): on failure, the
// messages per field, an optional message for the whole form, and what the user typed.
export type FieldErrors = Partial<Record<string, string[]>>;

/** One field someone else changed while the user was editing (optimistic concurrency). */
export type ConflictChange = { label: string; now: string; yours: string };

export type FormFailure<Values> = {
  ok: false;
  fieldErrors: FieldErrors;
  formError?: string;
  values: Values;
  conflict?: ConflictChange[];
};

export type FormState<Values> = { ok: true; message?: string } | FormFailure<Values> | null;

/** A command's result: what it made or changed on success, the form's state on failure. */
export type CommandResult<Values, Done extends object = object> = ({ ok: true } & Done) | FormFailure<Values>;
