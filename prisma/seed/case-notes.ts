// The chronology of each demo case: 2–8 notes and contacts by workers of involved organisations,
// the first real contact placed around the time the case became active.
import type { ContactKind, NoteVisibility, Prisma } from "@/lib/generated/prisma/client";
import type { SeedCase } from "./cases";
import type { SeedInvolvement } from "./case-team";
import { closingNote, noteBody } from "./note-texts";
import { addHours, addMinutes, daysBetween, earliest, latest, type Rng } from "./random";
import type { SeedUser } from "./users";

/** Kinds that count as contact with the person, for "time to first contact". */
const CONTACT_KINDS: readonly ContactKind[] = ["VISIT", "CALL", "MEETING", "ASSESSMENT"];

interface Author {
  user: SeedUser;
  weight: number;
}

/** Workers on the case at that moment; the lead professional writes most. */
function authorsAt(team: readonly SeedInvolvement[], c: SeedCase, at: Date): Author[] {
  return team
    .filter((inv) => inv.joinedAt <= at && (inv.leftAt === null || inv.leftAt > at))
    .flatMap((inv) => inv.workers.map((user) => ({ user, weight: user === c.leadProfessional ? 3 : 1 })));
}

export function notesFor(
  rng: Rng,
  now: Date,
  c: SeedCase,
  team: readonly SeedInvolvement[],
): { rows: Prisma.CaseNoteCreateManyInput[]; firstContactAt: Date | null } {
  const rows: Prisma.CaseNoteCreateManyInput[] = [];
  const contactTimes: number[] = [];
  const add = (
    kind: ContactKind,
    occurredAt: Date,
    author: SeedUser,
    body: string,
    visibility: NoteVisibility = "ALL_INVOLVED",
  ) => {
    if (CONTACT_KINDS.includes(kind)) contactTimes.push(occurredAt.getTime());
    rows.push({
      id: rng.uuid(),
      caseId: c.id,
      authorId: author.id,
      authorOrganisationId: author.organisation.id,
      kind,
      visibility,
      occurredAt,
      body,
      createdAt: earliest(addMinutes(occurredAt, rng.int(0, 240)), now),
    });
  };
  const pickAuthor = (at: Date) => {
    const authors = authorsAt(team, c, at);
    return authors.length ? rng.weightedBy(authors, (a) => a.weight).user : c.leadProfessional;
  };

  const span = daysBetween(c.openedAt, c.endAt);
  const count = rng.int(2, span < 14 ? 4 : span < 90 ? 6 : 8);
  if (c.activatedAt) {
    const at = latest(addMinutes(c.openedAt, 5), addHours(c.activatedAt, -rng.float(0, 3)));
    const kind = rng.weighted<ContactKind>([
      ["ASSESSMENT", 35],
      ["VISIT", 30],
      ["CALL", 25],
      ["MEETING", 10],
    ]);
    add(kind, at, rng.chance(0.7) ? c.leadProfessional : pickAuthor(at), noteBody(rng, kind, c.themes));
  } else if (span > 1 && rng.chance(0.4)) {
    const at = rng.workingTimeBetween(c.openedAt, c.endAt);
    add("CALL", at, c.leadProfessional, noteBody(rng, "CALL", c.themes));
  }
  if (c.closedAt)
    add("NOTE", latest(c.openedAt, addMinutes(c.closedAt, -rng.int(0, 120))), c.leadProfessional, closingNote);

  const from = c.activatedAt ?? c.openedAt;
  while (rows.length < count) {
    const at = rng.workingTimeBetween(from, c.endAt);
    const kind = c.activatedAt
      ? rng.weighted<ContactKind>([
          ["NOTE", 35],
          ["CALL", 22],
          ["VISIT", 18],
          ["MEETING", 12],
          ["ASSESSMENT", 5],
          ["INCIDENT", 8],
        ])
      : rng.weighted<ContactKind>([
          ["NOTE", 80],
          ["INCIDENT", 20],
        ]);
    const visibility: NoteVisibility = rng.chance(0.15) ? "OWN_ORGANISATION" : "ALL_INVOLVED";
    add(kind, at, pickAuthor(at), noteBody(rng, kind, c.themes), visibility);
  }

  return { rows, firstContactAt: contactTimes.length ? new Date(Math.min(...contactTimes)) : null };
}
