// Checks a whole import file before anything is written: the CSV itself, its header, then every
// row, so the admin sees all the problems at once, row by row.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { importColumns, type ImportKind, type RowError } from "./import-kinds";
import { readImportRows, type CsvRow } from "./read-rows";
import { validateNeighbourhoodRows, type NeighbourhoodImportRow } from "./validate-neighbourhoods";
import { validateOrganisationRows, type OrganisationImportRow } from "./validate-organisations";
import { validateUserRows, type UserImportRow } from "./validate-users";

export type ValidRows =
  | { kind: "organisations"; rows: OrganisationImportRow[] }
  | { kind: "users"; rows: UserImportRow[] }
  | { kind: "neighbourhoods"; rows: NeighbourhoodImportRow[] };

/** The first rows as read, so the admin can see the file was understood. */
export type ImportSample = { columns: string[]; rows: CsvRow[] };

export type ImportCheck = { ok: true; valid: ValidRows; sample: ImportSample } | { ok: false; errors: RowError[]; rowCount: number };

/** Errors shown at most: past this the admin has enough to fix before trying again. */
const maxErrors = 500;

export async function validateImport(client: Tx, kind: ImportKind, text: string): Promise<ImportCheck> {
  const read = readImportRows(kind, text);
  if (!read.ok) return { ok: false, errors: read.errors, rowCount: 0 };
  const checked =
    kind === "organisations"
      ? { kind, ...(await validateOrganisationRows(client, read.rows)) }
      : kind === "users"
        ? { kind, ...(await validateUserRows(client, read.rows)) }
        : { kind, ...(await validateNeighbourhoodRows(client, read.rows)) };
  if (checked.errors.length > 0) {
    return { ok: false, errors: checked.errors.slice(0, maxErrors), rowCount: read.rows.length };
  }
  const columns = importColumns[kind].map((c) => c.name);
  return { ok: true, valid: checked as ValidRows, sample: { columns, rows: read.rows.slice(0, 10) } };
}
