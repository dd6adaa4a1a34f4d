// Reading a submitted form: every value as the string the user typed (never null), so it can be
// validated and, on an error, given back to the form unchanged.
export function textOf(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

/** Ticked choices, where none is a valid answer: a file sent instead stays, as an invalid "" (never dropped into a valid empty list). */
export function choicesOf(formData: FormData, name: string): string[] {
  return formData.getAll(name).map((v) => (typeof v === "string" ? v : ""));
}

export function textsOf(formData: FormData, name: string): string[] {
  return formData.getAll(name).filter((v): v is string => typeof v === "string");
}
