// What each bulk import expects: its columns, which are required, and what they hold. The import
// page shows this as help, and validation reads the header against it.
export const importKinds = ["organisations", "users", "neighbourhoods"] as const;
export type ImportKind = (typeof importKinds)[number];

export type ColumnSpec = { name: string; required: boolean; description: string };

export const importColumns: Record<ImportKind, ColumnSpec[]> = {
  organisations: [
    { name: "name", required: true, description: "The organisation's name, unique in the partnership" },
    { name: "type", required: true, description: "Its type, for example Local authority, NHS trust, Police, VCSE (or LOCAL_AUTHORITY)" },
    { name: "status", required: false, description: "invited (the default) or active" },
    { name: "joined_on", required: false, description: "The date it joined, as 2026-03-27 or 27/03/2026; needed when active" },
  ],
  users: [
    { name: "email", required: true, description: "Their email address, unique whatever its case" },
    { name: "name", required: true, description: "Their full name" },
    { name: "job_title", required: false, description: "Their job title" },
    { name: "organisation", required: true, description: "The name of their organisation, already in the partnership" },
    { name: "roles", required: true, description: "Frontline worker, Locality lead or Partnership admin; several separated by ;" },
    { name: "lead_areas", required: false, description: "For locality leads: locality names or codes, or neighbourhood codes, separated by ;" },
  ],
  neighbourhoods: [
    { name: "code", required: true, description: "A unique code, like MAN-N13" },
    { name: "name", required: true, description: "Its name, unique in its locality" },
    { name: "locality", required: true, description: "The locality's name or code, already recorded" },
    { name: "population", required: true, description: "Resident population, a whole number (outside 30,000–50,000 is flagged)" },
    { name: "wards", required: false, description: "Ward codes of the locality, separated by ;, in no other neighbourhood" },
  ],
};

export const importKindLabels: Record<ImportKind, string> = {
  organisations: "Organisations",
  users: "Users",
  neighbourhoods: "Neighbourhoods",
};

/** Limits that keep one import to what one transaction and one browser tab handle well. */
export const importLimits = { maxBytes: 5 * 1024 * 1024, maxRows: 20_000 } as const;

export type RowError = { row: number; column: string | null; message: string };

export function isImportKind(value: unknown): value is ImportKind {
  return typeof value === "string" && (importKinds as readonly string[]).includes(value);
}

/** "Job title" and "job-title" both name the job_title column. */
export function columnKey(header: string): string {
  return header.trim().toLowerCase().replace(/[\s-]+/g, "_");
}
