// Reads for the merge pages: the records that may be duplicates of a person (to choose one to
// merge), the preview of a merge (both records side by side, what moves), the merges a person's
// page lists, the unmerge confirmation, and where a tombstone's page redirects. Each is decided
// by the person policy and audited as a read of the records it shows.
import "server-only";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import { auditPersonAction, authorizePerson, decideForPerson } from "@/lib/access/authorize-person";
import type { AccessActor } from "@/lib/access/case-policy";
import { unsafeLoadPersonFacts } from "@/lib/access/person-facts";
import { decidePersonMerge } from "@/lib/access/person-policy";
import { visibleCasesWhere } from "@/lib/access/visible-cases-where";
import { asActor, unsafeSystemStep } from "@/lib/db/access-context";
import type { Tx } from "@/lib/db/create-client";
import { formatCaseReference } from "@/lib/domain/case-reference";
import { mayStillUnmerge, unmergeDeadline } from "@/lib/domain/person-merge-period";
import { searchNameOf } from "@/lib/domain/person-matching";
import { isUuid } from "@/lib/domain/uuid";
import { differingFields, loadMergeRecord, type MergeField, type MergeRecord } from "./merge-record";
import { loadPeopleByName, loadPeopleIn } from "./queries";
import { maxNameWords } from "./search-terms";

export type MergeSide = Omit<MergeRecord, "nhsNumberCiphertext" | "nhsNumberHash" | "mergedIntoId"> & { cases: { id: string; reference: string }[] };

/** Where a merged-away record's page goes: the record it was merged into, if the actor may see it. */
export async function tombstoneTarget(actor: AccessActor, personId: string): Promise<string | null> {
  if (!isUuid(personId)) return null;
  return asActor(actor, async (tx) => {
    const found = await unsafeSystemStep(tx, actor, () => tx.person.findUnique({ where: { id: personId }, select: { mergedIntoId: true } }));
    if (!found?.mergedIntoId) return null;
    const kept = await decideForPerson(tx, actor, found.mergedIntoId, "view");
    await auditPersonAction(tx, actor, personId, { action: "person.view", details: { mergedInto: found.mergedIntoId } }, kept.allowed ? "ALLOWED" : "DENIED", kept.decision.reasons);
    return kept.allowed ? found.mergedIntoId : null;
  });
}

async function sideOf(tx: Tx, actor: AccessActor, record: MergeRecord): Promise<MergeSide> {
  const grounds = await accessGroundsFor(tx, actor);
  const cases = await tx.sharedCase.findMany({ where: { personId: record.id, ...visibleCasesWhere(actor, grounds) }, orderBy: { openedAt: "desc" }, select: { id: true, number: true } });
  const { nhsNumberCiphertext: _c, nhsNumberHash: _h, mergedIntoId: _m, ...shown } = record;
  return { ...shown, cases: cases.map((c) => ({ id: c.id, reference: formatCaseReference(c.number) })) };
}

/** Other records the actor may edit that may be the same person (name and date of birth, or NHS number). */
export async function getMergeCandidates(actor: AccessActor, personId: string) {
  return asActor(actor, async (tx) => {
    const authorisation = await authorizePerson(tx, actor, personId, { action: "person.mergeCandidates" });
    if (!authorisation.allowed) return null;
    const record = await loadMergeRecord(tx, personId);
    if (!record || record.mergedIntoId) return null;
    const words = searchNameOf(record.givenName, record.familyName).split(" ").filter(Boolean).slice(0, maxNameWords);
    const byName = await loadPeopleByName(tx, actor, { words, dateOfBirth: new Date(`${record.dateOfBirth}T00:00:00Z`), postcode: null });
    const byNumber = record.nhsNumberHash ? await loadPeopleIn(tx, actor, { nhsNumberHash: record.nhsNumberHash }, 20) : [];
    const seen = new Set<string>([personId]);
    const candidates = [...byName, ...byNumber].filter((p) => !seen.has(p.id) && Boolean(seen.add(p.id)));
    const editable = [];
    for (const c of candidates) {
      if ((await decideForPerson(tx, actor, c.id, "edit")).allowed) editable.push(c);
    }
    return { person: { id: record.id, name: `${record.givenName} ${record.familyName}`, dateOfBirth: record.dateOfBirth }, candidates: editable };
  });
}

export type MergePreview = { kept: MergeSide; away: MergeSide; differing: MergeField[]; householdMoves: boolean };

/** Both records side by side, if the actor may merge them (else null: the page answers 404). */
export async function getMergePreview(actor: AccessActor, keptId: string, awayId: string): Promise<MergePreview | null> {
  if (!isUuid(keptId) || !isUuid(awayId)) return null;
  return asActor(actor, async (tx) => {
    const [keptFacts, awayFacts] = await unsafeSystemStep(tx, actor, async () => [await unsafeLoadPersonFacts(tx, keptId), await unsafeLoadPersonFacts(tx, awayId)]);
    const decision = keptFacts && awayFacts ? decidePersonMerge(actor, keptFacts, awayFacts, await accessGroundsFor(tx, actor)) : { allowed: false, reasons: ["no such person"] };
    for (const id of [keptId, awayId]) await auditPersonAction(tx, actor, id, { action: "person.mergePreview" }, decision.allowed ? "ALLOWED" : "DENIED", decision.reasons);
    if (!decision.allowed) return null;
    const [kept, away] = [await loadMergeRecord(tx, keptId), await loadMergeRecord(tx, awayId)];
    if (!kept || !away || kept.mergedIntoId || away.mergedIntoId) return null;
    return { kept: await sideOf(tx, actor, kept), away: await sideOf(tx, actor, away), differing: differingFields(kept, away), householdMoves: away.householdId !== null };
  });
}

export type MergeListed = { id: string; mergedAt: Date; mayUnmerge: boolean; deadline: Date; mergedAwayName: string; unmergedAt: Date | null };

/** The merges into a person, for their page (read within the page's audited view). */
export async function mergesInto(actor: AccessActor, personId: string, now: Date = new Date()): Promise<MergeListed[]> {
  if (!isUuid(personId)) return [];
  return asActor(actor, async (tx) => {
    const merges = await tx.personMerge.findMany({ where: { survivorId: personId }, orderBy: { mergedAt: "desc" }, select: { id: true, mergedAt: true, unmergedAt: true, loserId: true } });
    if (merges.length === 0) return [];
    const edit = (await decideForPerson(tx, actor, personId, "edit")).allowed;
    const names = await unsafeSystemStep(tx, actor, () => tx.person.findMany({ where: { id: { in: merges.map((m) => m.loserId) } }, select: { id: true, givenName: true, familyName: true } }));
    return merges.map((m) => {
      const n = names.find((p) => p.id === m.loserId);
      return { id: m.id, mergedAt: m.mergedAt, unmergedAt: m.unmergedAt, deadline: unmergeDeadline(m.mergedAt), mayUnmerge: edit && !m.unmergedAt && mayStillUnmerge(m.mergedAt, now), mergedAwayName: n ? `${n.givenName} ${n.familyName}` : "another record" };
    });
  });
}

export type UnmergeView = { mergeId: string; keptId: string; keptName: string; keptVersion: number; mergedAwayName: string; mergedAt: Date; deadline: Date; movedCases: number; casesSince: number; mayUnmerge: boolean };

/** The unmerge confirmation: what moves back and what stays; null if the actor may not change the kept record. */
export async function getUnmergeView(actor: AccessActor, mergeId: string, now: Date = new Date()): Promise<UnmergeView | null> {
  if (!isUuid(mergeId)) return null;
  return asActor(actor, async (tx) => {
    const merge = await unsafeSystemStep(tx, actor, () => tx.personMerge.findUnique({ where: { id: mergeId }, select: { id: true, survivorId: true, loserId: true, mergedAt: true, unmergedAt: true, movedCaseIds: true } }));
    if (!merge) return null;
    const decision = await decideForPerson(tx, actor, merge.survivorId, "edit");
    await auditPersonAction(tx, actor, merge.survivorId, { action: "person.view", details: { unmergePage: mergeId } }, decision.allowed ? "ALLOWED" : "DENIED", decision.decision.reasons);
    if (!decision.allowed) return null;
    const [kept, away, casesNow] = await unsafeSystemStep(tx, actor, async () => [
      await tx.person.findUniqueOrThrow({ where: { id: merge.survivorId }, select: { givenName: true, familyName: true, version: true } }),
      await tx.person.findUniqueOrThrow({ where: { id: merge.loserId }, select: { givenName: true, familyName: true } }),
      await tx.sharedCase.findMany({ where: { personId: merge.survivorId }, select: { id: true, openedAt: true } }),
    ] as const);
    const moved = new Set(merge.movedCaseIds);
    return {
      mergeId: merge.id, keptId: merge.survivorId, keptName: `${kept.givenName} ${kept.familyName}`, keptVersion: kept.version, mergedAwayName: `${away.givenName} ${away.familyName}`,
      mergedAt: merge.mergedAt, deadline: unmergeDeadline(merge.mergedAt),
      movedCases: casesNow.filter((c) => moved.has(c.id)).length,
      casesSince: casesNow.filter((c) => !moved.has(c.id) && c.openedAt > merge.mergedAt).length,
      mayUnmerge: !merge.unmergedAt && mayStillUnmerge(merge.mergedAt, now),
    };
  });
}
