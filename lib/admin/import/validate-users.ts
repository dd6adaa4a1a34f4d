// Checks every row of a users import: addresses unique (whatever their case) in the file and the
// partnership, organisations that exist, roles, and the areas each locality lead leads.
import "server-only";
import { z } from "zod";
import type { Tx } from "@/lib/db/create-client";
import type { Role } from "@/lib/generated/prisma/enums";
import type { LeadArea } from "../users/schemas";
import { parseRole, splitList } from "./cell-parsers";
import type { RowError } from "./import-kinds";
import type { CsvRow } from "./read-rows";

export type UserImportRow = {
  row: number;
  email: string;
  name: string;
  jobTitle: string | null;
  organisationId: string;
  roles: Role[];
  leadAreas: LeadArea[];
};

const email = z.email();

async function lookups(client: Tx, emails: string[]) {
  // One after the other: the client may be a transaction, whose connection runs one query at a time.
  const users = await client.user.findMany({ where: { email: { in: emails } }, select: { email: true } });
  const organisations = await client.organisation.findMany({ select: { id: true, name: true, status: true } });
  const localities = await client.locality.findMany({ select: { id: true, name: true, code: true } });
  const neighbourhoods = await client.neighbourhood.findMany({ select: { id: true, code: true } });
  const areas = new Map<string, LeadArea>();
  for (const l of localities) {
    areas.set(l.name.toLowerCase(), { localityId: l.id, neighbourhoodId: null });
    areas.set(l.code.toLowerCase(), { localityId: l.id, neighbourhoodId: null });
  }
  for (const n of neighbourhoods) areas.set(n.code.toLowerCase(), { localityId: null, neighbourhoodId: n.id });
  return {
    takenEmails: new Set(users.map((u) => u.email)),
    organisationByName: new Map(organisations.map((o) => [o.name.toLowerCase(), o])),
    areas,
  };
}

export async function validateUserRows(client: Tx, rows: CsvRow[]): Promise<{ rows: UserImportRow[]; errors: RowError[] }> {
  const known = await lookups(client, rows.map((r) => (r.values.email ?? "").toLowerCase()));
  const firstRowOfEmail = new Map<string, number>();
  const valid: UserImportRow[] = [];
  const errors: RowError[] = [];

  for (const { row, values } of rows) {
    const fail = (column: string, message: string) => errors.push({ row, column, message });
    const before = errors.length;
    const address = (values.email ?? "").toLowerCase();
    if (!address) fail("email", "Enter the email address");
    else if (address.length > 254 || !email.safeParse(address).success) fail("email", `"${values.email}" is not an email address`);
    else if (known.takenEmails.has(address)) fail("email", `A user with the email address ${address} already exists`);
    else if (firstRowOfEmail.has(address)) fail("email", `${address} is also on row ${firstRowOfEmail.get(address)}`);
    else firstRowOfEmail.set(address, row);

    const name = values.name ?? "";
    if (!name) fail("name", "Enter the user's full name");
    else if (name.length > 200) fail("name", "Name must be 200 characters or fewer");
    const jobTitle = values.job_title || null;
    if (jobTitle && jobTitle.length > 120) fail("job_title", "Job title must be 120 characters or fewer");

    const organisation = known.organisationByName.get((values.organisation ?? "").toLowerCase());
    if (!values.organisation) fail("organisation", "Enter the user's organisation");
    else if (!organisation) fail("organisation", `No organisation is called "${values.organisation}"`);
    else if (organisation.status === "LEFT") fail("organisation", `${organisation.name} has left the partnership`);

    const roleTexts = splitList(values.roles ?? "");
    const roles = roleTexts.map(parseRole);
    if (roleTexts.length === 0) fail("roles", "Enter at least one role");
    roleTexts.forEach((text, i) => {
      if (!roles[i]) fail("roles", `"${text}" is not a role: use Frontline worker, Locality lead or Partnership admin`);
    });
    const areaTexts = splitList(values.lead_areas ?? "");
    const leadAreas = areaTexts.map((text) => known.areas.get(text.toLowerCase()) ?? null);
    areaTexts.forEach((text, i) => {
      if (!leadAreas[i]) fail("lead_areas", `"${text}" is not a locality name or code, or a neighbourhood code`);
    });
    const lead = roles.includes("LOCALITY_LEAD");
    if (lead && areaTexts.length === 0) fail("lead_areas", "Enter the localities or neighbourhoods a locality lead leads");
    if (!lead && areaTexts.length > 0) fail("lead_areas", "Lead areas are only for locality leads");

    if (errors.length === before && organisation) {
      valid.push({
        row,
        email: address,
        name,
        jobTitle,
        organisationId: organisation.id,
        roles: [...new Set(roles.filter((r): r is Role => r !== null))],
        leadAreas: leadAreas.filter((a): a is LeadArea => a !== null),
      });
    }
  }
  return { rows: valid, errors };
}
