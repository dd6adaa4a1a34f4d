// Reading submitted forms into plain objects for zod: every value a string (never null), lists
// for checkboxes, and GOV.UK dates as their day, month and year parts.
export { readDateParts } from "@/lib/forms/date-parts";

export function textOf(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

export function textsOf(formData: FormData, name: string): string[] {
  return formData.getAll(name).filter((v): v is string => typeof v === "string");
}
