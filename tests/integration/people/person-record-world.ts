// A person known to several organisations, for the person-page tests: one case led by the lead
// organisation with a partner in the team (under an agreement), one led by an uninvolved
// organisation, and notes of every visibility on both.
import { randomUUID } from "node:crypto";
import { db } from "@/tests/support/owner-db";
import type { ContactKind, NoteVisibility } from "@/lib/generated/prisma/enums";
import { createActor, createCase, createOrganisation, daysFromToday } from "../../support/case-factories";
import { caseWorld } from "../cases/case-world";

export async function personRecordWorld() {
  const w = await caseWorld();
  const strangerOrg = await createOrganisation({ type: "FIRE_AND_RESCUE" });
  const stranger = await createActor({ organisationId: strangerOrg.id });
  const admin = await createActor({ roles: ["PARTNERSHIP_ADMIN"] });
  return { ...w, stranger, admin };
}

export type PersonRecordWorld = Awaited<ReturnType<typeof personRecordWorld>>;

export async function addNote(caseId: string, author: { userId: string; organisation: { id: string } }, body: string, options: { kind?: ContactKind; visibility?: NoteVisibility; daysAgo?: number } = {}) {
  return db.caseNote.create({
    data: {
      id: randomUUID(),
      caseId,
      authorId: author.userId,
      authorOrganisationId: author.organisation.id,
      kind: options.kind ?? "NOTE",
      visibility: options.visibility ?? "ALL_INVOLVED",
      occurredAt: daysFromToday(-(options.daysAgo ?? 1)),
      body,
    },
  });
}

/** A person with a case the lead organisation leads (partner involved) and one the outsider's organisation leads. */
export async function personKnownToTwo(w: PersonRecordWorld) {
  const shared = await w.newCase();
  const elsewhere = await createCase({ lead: w.outsider, neighbourhoodId: w.neighbourhood.id, themeIds: w.themeIds });
  await db.sharedCase.update({ where: { id: elsewhere.id }, data: { personId: shared.personId } });
  await db.person.delete({ where: { id: elsewhere.personId } });
  return { personId: shared.personId, sharedCaseId: shared.id, elsewhereCaseId: elsewhere.id };
}
