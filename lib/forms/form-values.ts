// Reading a submitted form: every value as the trimmed-free string the user typed, so it can be
// validated and, on an error, given back to the form unchanged.
export function textOf(formData: FormData, name: string): string {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
}

export function textsOf(formData: FormData, name: string): string[] {
  return formData.getAll(name).filter((v): v is string => typeof v === "string");
}

/** True when Postgres refused a duplicate on a unique column (Prisma error P2002). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: string }).code === "P2002";
}
