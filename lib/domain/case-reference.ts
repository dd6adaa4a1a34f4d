// A shared case's human reference: GT- and its number, zero-padded to six digits.
export function formatCaseReference(caseNumber: number): string {
  return `GT-${String(caseNumber).padStart(6, "0")}`;
}

/** The case number in a reference typed by a person ("gt-123", "GT-000123", "123"), or null. */
export function parseCaseReference(text: string): number | null {
  const match = /^\s*(?:gt-?)?0*(\d{1,9})\s*$/i.exec(text);
  return match ? Number(match[1]) : null;
}
