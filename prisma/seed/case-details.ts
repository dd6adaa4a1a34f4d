// The per-case detail rows: status history, consent, chronology, actions and outcomes.
import type { Prisma } from "@/lib/generated/prisma/client";
import { actionsFor } from "./case-actions";
import { consentRecordsFor, statusChangesFor } from "./case-history";
import { notesFor } from "./case-notes";
import type { CaseTeams } from "./case-team";
import type { SeedCase } from "./cases";
import { required } from "./collections";
import type { Rng } from "./random";
import type { ReferenceData } from "./reference-data";
import { outcomesFor } from "./outcomes";
import type { Workforce } from "./users";

export interface CaseDetails {
  statusChanges: Prisma.CaseStatusChangeCreateManyInput[];
  consents: Prisma.ConsentRecordCreateManyInput[];
  notes: Prisma.CaseNoteCreateManyInput[];
  actions: Prisma.CaseActionCreateManyInput[];
  outcomes: Prisma.OutcomeCreateManyInput[];
  firstContactOf: Map<string, Date | null>;
  /** Each status change after opening updated the case, so its version moved on. */
  versionOf: Map<string, number>;
}

export function buildCaseDetails(
  rng: Rng,
  now: Date,
  cases: readonly SeedCase[],
  caseTeams: CaseTeams,
  workforce: Workforce,
  reference: ReferenceData,
): CaseDetails {
  const details: CaseDetails = {
    statusChanges: [],
    consents: [],
    notes: [],
    actions: [],
    outcomes: [],
    firstContactOf: new Map(),
    versionOf: new Map(),
  };
  for (const c of cases) {
    const team = required(caseTeams.teamOf, c.id, "case team");
    const changes = statusChangesFor(rng, c);
    details.statusChanges.push(...changes);
    details.versionOf.set(c.id, changes.length);
    details.consents.push(...consentRecordsFor(rng, now, c, workforce));
    const notes = notesFor(rng, now, c, team);
    details.notes.push(...notes.rows);
    details.firstContactOf.set(c.id, notes.firstContactAt);
    details.actions.push(...actionsFor(rng, now, c, team));
    details.outcomes.push(...outcomesFor(rng, c, reference));
  }
  return details;
}
