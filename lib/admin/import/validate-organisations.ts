// Checks every row of an organisations import against the rules and the partnership as it is.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { londonDayOf, londonToday } from "@/lib/domain/london-time";
import type { OrganisationType } from "@/lib/generated/prisma/enums";
import { parseDay, parseOrganisationType } from "./cell-parsers";
import type { RowError } from "./import-kinds";
import type { CsvRow } from "./read-rows";

export type OrganisationImportRow = {
  row: number;
  name: string;
  type: OrganisationType;
  status: "INVITED" | "ACTIVE";
  joinedOn: Date | null;
};

export async function validateOrganisationRows(client: Tx, rows: CsvRow[]): Promise<{ rows: OrganisationImportRow[]; errors: RowError[] }> {
  const existing = new Set((await client.organisation.findMany({ select: { name: true } })).map((o) => o.name.toLowerCase()));
  const firstRowOfName = new Map<string, number>();
  const today = londonToday();
  const valid: OrganisationImportRow[] = [];
  const errors: RowError[] = [];

  for (const { row, values } of rows) {
    const fail = (column: string, message: string) => errors.push({ row, column, message });
    const before = errors.length;
    const name = values.name ?? "";
    const key = name.toLowerCase();
    if (!name) fail("name", "Enter the organisation's name");
    else if (name.length > 200) fail("name", "Name must be 200 characters or fewer");
    else if (existing.has(key)) fail("name", `"${name}" is already in the partnership`);
    else if (firstRowOfName.has(key)) fail("name", `"${name}" is also on row ${firstRowOfName.get(key)}`);
    else firstRowOfName.set(key, row);

    const type = parseOrganisationType(values.type ?? "");
    if (!type) fail("type", values.type ? `"${values.type}" is not a type of organisation` : "Enter the type of organisation");

    const statusText = (values.status ?? "").toLowerCase();
    const status = statusText === "" || statusText === "invited" ? "INVITED" : statusText === "active" ? "ACTIVE" : null;
    if (!status) fail("status", `Status must be invited or active, not "${values.status}"`);

    let joinedOn: Date | null = null;
    if (values.joined_on) {
      joinedOn = parseDay(values.joined_on);
      if (!joinedOn) fail("joined_on", `"${values.joined_on}" is not a date: write it as 2026-03-27 or 27/03/2026`);
      else if (joinedOn > today) fail("joined_on", "Date joined must be today or in the past");
    } else if (status === "ACTIVE") {
      fail("joined_on", "Enter the date an active organisation joined");
    }
    if (errors.length === before && type && status) valid.push({ row, name, type, status, joinedOn });
  }
  return { rows: valid, errors };
}
