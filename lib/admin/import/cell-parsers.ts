// Reading the cells of an import file: dates as people type them, organisation types and roles by
// label or code, and lists separated by semicolons. Pure; each returns null when it cannot read.
import { roleLabels } from "@/lib/auth/roles";
import { organisationTypeLabels } from "@/lib/domain/labels";
import type { OrganisationType, Role } from "@/lib/generated/prisma/enums";

const normalise = (text: string) => text.trim().toLowerCase().replace(/[\s_\-/]+/g, " ");

function utcDate(year: number, month: number, day: number): Date | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 && year <= 2200 ? date : null;
}

/** "2026-03-27" or "27/03/2026" (UK order) as a UTC-midnight date. */
export function parseDay(text: string): Date | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  if (iso) return utcDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (uk) return utcDate(Number(uk[3]), Number(uk[2]), Number(uk[1]));
  return null;
}

export function parseOrganisationType(text: string): OrganisationType | null {
  const wanted = normalise(text);
  for (const [code, label] of Object.entries(organisationTypeLabels) as [OrganisationType, string][]) {
    if (normalise(code) === wanted || normalise(label) === wanted) return code;
  }
  return null;
}

export function parseRole(text: string): Role | null {
  const wanted = normalise(text);
  for (const [code, label] of Object.entries(roleLabels) as [Role, string][]) {
    if (normalise(code) === wanted || normalise(label) === wanted) return code;
  }
  return null;
}

/** "a; b ;c" → ["a", "b", "c"]; empty items dropped. */
export function splitList(text: string): string[] {
  return text
    .split(";")
    .map((item) => item.trim())
    .filter((item) => item !== "");
}
