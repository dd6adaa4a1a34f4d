// Everything on a case page, for an actor the access policy lets see the case (else null, and
// the caller answers 404). Notes marked "own organisation only" are filtered by the policy's
// note rule; long chronologies are paged.
import "server-only";
import { authorizeCase } from "@/lib/access/authorize-case";
import { consentInForce, decideCaseAccess, type AccessActor } from "@/lib/access/case-policy";
import { consentStateOf } from "@/lib/access/consent-state";
import { londonToday } from "@/lib/domain/london-time";
import { explainCaseAccess } from "@/lib/access/why-visible";
import { visibleNotesWhere } from "@/lib/access/visible-cases-where";
import { asActor } from "@/lib/db/access-context";
import type { Tx } from "@/lib/db/create-client";
import { formatCaseReference } from "@/lib/domain/case-reference";
import { caseSelect, withPersonShown } from "./case-view-select";
import { restrictionOfCase } from "./restriction-view";

export const chronologyPageSize = 20;

export async function getCaseForView(actor: AccessActor, caseId: string, chronologyPage = 1) {
  return asActor(actor, (tx) => readCase(tx, actor, caseId, chronologyPage));
}

async function readCase(tx: Tx, actor: AccessActor, caseId: string, chronologyPage: number) {
  const authorisation = await authorizeCase(tx, actor, caseId, "view", { details: { chronologyPage } });
  if (!authorisation.allowed) return null;
  const page = Math.max(1, Math.floor(chronologyPage) || 1);
  const notesWhere = { caseId, ...visibleNotesWhere(actor) };
  // One after the other: a transaction's queries share one connection.
  const record = withPersonShown(await tx.sharedCase.findUniqueOrThrow({ where: { id: caseId }, select: caseSelect }));
  const noteCount = await tx.caseNote.count({ where: notesWhere });
  const notes = await tx.caseNote.findMany({
      where: notesWhere,
      orderBy: [{ occurredAt: "desc" }, { createdAt: "desc" }],
      skip: (page - 1) * chronologyPageSize,
      take: chronologyPageSize,
      select: {
        id: true,
        kind: true,
        visibility: true,
        occurredAt: true,
        body: true,
        author: { select: { name: true } },
        authorOrganisation: { select: { name: true } },
      },
    });
  const { grounds } = authorisation;
  const can = (action: Parameters<typeof decideCaseAccess>[3]) =>
    decideCaseAccess(actor, authorisation.facts, grounds, action).allowed;
  return {
    ...record,
    reference: formatCaseReference(record.number),
    whyVisible: explainCaseAccess(actor, authorisation.facts, grounds, authorisation.decision, record.themes.map((t) => t.theme.name)),
    relation: authorisation.decision.relation,
    consentState: consentStateOf(consentInForce(authorisation.facts.consent), grounds.today ?? londonToday()),
    consentReviewOn: authorisation.facts.consent?.reviewOn ?? null,
    chronology: { notes, page, pageCount: Math.max(1, Math.ceil(noteCount / chronologyPageSize)), total: noteCount },
    restriction: await restrictionOfCase(tx, actor.userId, authorisation.facts),
    permissions: {
      edit: can("edit"),
      close: can("close"),
      addNote: can("addNote"),
      addAction: can("addAction"),
      refer: can("refer"),
      recordOutcome: can("recordOutcome"),
      recordConsent: can("recordConsent"),
      viewAccessLog: can("viewAccessLog"),
      transferLead: can("transferLead"),
      markRestricted: can("markRestricted"),
      answerAccessRequest: can("answerAccessRequest"),
      referBlockedBy: can("refer") ? null : decideCaseAccess(actor, authorisation.facts, grounds, "refer").reasons.at(-1) ?? null,
    },
  };
}

export type CaseView = NonNullable<Awaited<ReturnType<typeof getCaseForView>>>;
