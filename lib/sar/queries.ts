// Reads of the subject access register and of one request: each authorised by the SAR policy,
// audited, and returned as plain objects for the pages.
import "server-only";
import { decideSarWork, sarRequestsWhere } from "@/lib/access/sar-policy";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { asActor, unsafeSystemStep } from "@/lib/db/access-context";
import { londonToday } from "@/lib/domain/london-time";
import { pageCountOf, type Paged } from "@/lib/domain/paging";
import { isSarOverdue, sarDaysLeft, sarDueInForce } from "@/lib/domain/sar-due-date";
import { responseSectionsOf, sarItemKey, sectionsOf, type SarResponseSection, type SarSection } from "./sar-items";
import { gatherForRequest, inSarTransaction, withheldItems, type SarOutcome, type SarRequestRow } from "./sar-transaction";

export const registerPageSize = 25;

export type SarRegisterRow = { id: string; personName: string; receivedOn: Date; dueOn: Date; extended: boolean; daysLeft: number; overdue: boolean; status: SarRequestRow["status"]; respondedOn: Date | null };

/** The register of the actor's organisation: open requests first, soonest due first. Null: not a data-protection officer. */
export async function sarRegister(actor: Actor, page: number, today = londonToday()): Promise<Paged<SarRegisterRow> | null> {
  return asActor(actor, async (tx) => {
    const decision = decideSarWork(actor);
    if (!decision.allowed) {
      await writeAuditEvent(tx, { actor: auditActorOf(actor), action: "sar.register", outcome: "DENIED", reasons: decision.reasons });
      return null;
    }
    const where = sarRequestsWhere(actor);
    const total = await tx.subjectAccessRequest.count({ where });
    const pageCount = pageCountOf(total, registerPageSize);
    const current = Math.min(Math.max(page, 1), Math.max(pageCount, 1));
    // The person's name past row security: a request may be about anyone the partnership holds,
    // whoever recorded them; the requests themselves are the officer's organisation's (`where`).
    const rows = await unsafeSystemStep(tx, actor, () =>
      tx.subjectAccessRequest.findMany({
        where,
        orderBy: [{ status: "asc" }, { dueOn: "asc" }, { createdAt: "asc" }],
        skip: (current - 1) * registerPageSize,
        take: registerPageSize,
        select: { id: true, receivedOn: true, dueOn: true, extendedDueOn: true, status: true, respondedOn: true, person: { select: { givenName: true, familyName: true } } },
      }),
    );
    await writeAuditEvent(tx, { actor: auditActorOf(actor), action: "sar.register", reasons: decision.reasons, details: { rows: rows.length, page: current } });
    return {
      total,
      page: current,
      pageCount,
      pageSize: registerPageSize,
      rows: rows.map((r) => {
        const due = sarDueInForce(r);
        return { id: r.id, personName: `${r.person.givenName} ${r.person.familyName}`, receivedOn: r.receivedOn, dueOn: due, extended: r.extendedDueOn !== null, daysLeft: sarDaysLeft(due, today), overdue: isSarOverdue(r, today), status: r.status, respondedOn: r.respondedOn };
      }),
    };
  });
}

export type SarRequestView = Omit<SarRequestRow, "organisationId" | "person"> & { personName: string; dueInForce: Date; daysLeft: number; overdue: boolean };

function requestView(r: SarRequestRow, today: Date): SarRequestView {
  const { organisationId: _organisation, person, ...rest } = r;
  const due = sarDueInForce(r);
  return { ...rest, personName: `${person.givenName} ${person.familyName}`, dueInForce: due, daysLeft: sarDaysLeft(due, today), overdue: isSarOverdue(r, today) };
}

export type SarReview = { request: SarRequestView; sections: SarSection[]; withheld: Record<string, string> };

/** The review page: everything gathered, with what is withheld and why. Audited as sar.gather. */
export async function sarReview(actor: Actor, requestId: string, today = londonToday()): Promise<SarOutcome<SarReview>> {
  return inSarTransaction(actor, requestId, "sar.gather", async (tx, request) => {
    const items = await gatherForRequest(tx, actor, request, "sar.gather");
    const withheld = await withheldItems(tx, request.id);
    return {
      request: requestView(request, today),
      sections: sectionsOf(items),
      withheld: Object.fromEntries([...withheld].filter(([key]) => items.some((i) => sarItemKey(i) === key)).map(([key, w]) => [key, w.reason])),
    };
  });
}

export type SarResponseFormat = "html" | "json";

export type SarResponse = { personName: string; receivedOn: Date; respondedOn: Date | null; organisationName: string; sections: SarResponseSection[] };

/**
 * The response: every gathered item except those withheld, which are only counted per reason.
 * An export (sar.export: the officer producing it, or downloading the JSON file) marks an open
 * request responded today; reading the document again is audited as sar.response.view. The
 * caller has checked the actor's recent re-authentication (ASVS 7.5.3).
 */
export async function sarResponse(actor: Actor, requestId: string, use: { action: "sar.export" | "sar.response.view"; format: SarResponseFormat }, today = londonToday()): Promise<SarOutcome<SarResponse>> {
  return inSarTransaction(actor, requestId, use.action, async (tx, request) => {
    const withheld = await withheldItems(tx, request.id);
    const items = await gatherForRequest(tx, actor, request, use.action, { format: use.format, withheld: withheld.size });
    let respondedOn = request.respondedOn;
    if (use.action === "sar.export" && request.status === "OPEN") {
      await tx.subjectAccessRequest.update({ where: { id: request.id }, data: { status: "RESPONDED", respondedOn: today, version: { increment: 1 } } });
      respondedOn = today;
    }
    return { personName: `${request.person.givenName} ${request.person.familyName}`, receivedOn: request.receivedOn, respondedOn, organisationName: actor.organisation.name, sections: responseSectionsOf(items, withheld) };
  });
}
