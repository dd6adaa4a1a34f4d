// The agency inbox: referrals waiting for the worker's organisation, most urgent and oldest
// first, through the access policy's referral rule.
import "server-only";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import type { AccessActor, AccessGrounds } from "@/lib/access/case-policy";
import type { Tx } from "@/lib/db/create-client";
import { referralInboxWhere } from "@/lib/access/visible-referrals-where";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { asActor } from "@/lib/db/access-context";
import { pageCountOf, type Paged } from "@/lib/domain/paging";
import type { ReferralUrgency } from "@/lib/generated/prisma/enums";

export type InboxRow = { id: string; urgency: ReferralUrgency; sentAt: Date; from: string; themes: string[]; subjectName: string };

export async function listReferralInbox(actor: AccessActor, page: { page: number; pageSize: number }): Promise<Paged<InboxRow>> {
  return asActor(actor, async (tx) => readReferralInbox(tx, actor, await accessGroundsFor(tx, actor), page));
}

/** The same inside a transaction of the actor's, with their grounds loaded once (My work reads every list in one). */
export async function readReferralInbox(tx: Tx, actor: AccessActor, grounds: AccessGrounds, page: { page: number; pageSize: number }): Promise<Paged<InboxRow>> {
  const where = referralInboxWhere(actor, grounds);
  // One after the other: a transaction's queries share one connection.
  const total = await tx.referral.count({ where });
  const referrals = await tx.referral.findMany({
      where,
      orderBy: [{ urgency: "desc" }, { sentAt: "asc" }, { id: "asc" }],
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
      select: {
        id: true,
        urgency: true,
        sentAt: true,
        fromOrganisation: { select: { name: true } },
        themes: { select: { theme: { select: { name: true } } } },
        case: { select: { person: { select: { givenName: true, familyName: true } } } },
      },
    });
  await writeAuditEvent(tx, {
    actor: auditActorOf(actor),
    action: "referral.list",
    reasons: ["referrals waiting for an answer from their organisation (summaries only)"],
    details: { list: "referral inbox", results: referrals.length, total },
  });
  return {
    rows: referrals.map((r) => ({
      id: r.id,
      urgency: r.urgency,
      sentAt: r.sentAt,
      from: r.fromOrganisation.name,
      themes: r.themes.map((t) => t.theme.name),
      subjectName: `${r.case.person.givenName} ${r.case.person.familyName}`,
    })),
    total,
    page: page.page,
    pageSize: page.pageSize,
    pageCount: pageCountOf(total, page.pageSize),
  };
}
