// Runs the personal-data detector over a barrier form's text, with the names of the people in
// the linked cases the writer may see (never of cases they may not: the warning must not reveal
// a name to someone who could not read it).
import "server-only";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import type { AccessActor } from "@/lib/access/case-policy";
import { visibleCasesWhere } from "@/lib/access/visible-cases-where";
import type { Tx } from "@/lib/db/create-client";
import { findPersonalData, type SubjectName } from "@/lib/domain/personal-data";
import { personalDataConfirmedField, type PersonalDataWarning } from "./barrier-form-state";

export type CheckedText = { field: string; label: string; text: string };

/** Subjects of cases already authorised for this actor (being linked now). */
export async function subjectsOfCases(tx: Tx, caseIds: readonly string[]): Promise<SubjectName[]> {
  if (caseIds.length === 0) return [];
  const cases = await tx.sharedCase.findMany({ where: { id: { in: [...caseIds] } }, select: { person: { select: { givenName: true, familyName: true } } } });
  return cases.map((c) => c.person);
}

/** Subjects of the barrier's linked cases that the actor may see. */
export async function visibleSubjectsOfBarrier(tx: Tx, actor: AccessActor, barrierId: string): Promise<SubjectName[]> {
  const cases = await tx.sharedCase.findMany({
    where: { AND: [visibleCasesWhere(actor, await accessGroundsFor(tx, actor)), { barrierLinks: { some: { barrierId } } }] },
    select: { person: { select: { givenName: true, familyName: true } } },
  });
  return cases.map((c) => c.person);
}

export function personalDataConfirmed(formData: FormData): boolean {
  return formData.get(personalDataConfirmedField) === "yes";
}

export function personalDataWarnings(texts: readonly CheckedText[], subjects: readonly SubjectName[]): PersonalDataWarning[] {
  return texts
    .map(({ field, label, text }) => ({ field, label, findings: findPersonalData(text, { subjects }) }))
    .filter((warning) => warning.findings.length > 0);
}
