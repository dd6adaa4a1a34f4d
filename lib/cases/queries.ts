// Reads of shared cases for frontline workers. Each read is authorised and audited here.
import "server-only";
import { agreementsInForceFor } from "@/lib/access/agreements-in-force";
import { visibleCasesWhere } from "@/lib/access/visible-cases-where";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { formatCaseReference } from "@/lib/domain/case-reference";
import type { CaseStatus, RiskLevel } from "@/lib/generated/prisma/enums";

export type MyCaseRow = {
  id: string;
  reference: string;
  subjectName: string;
  neighbourhoodName: string;
  themes: string[];
  status: CaseStatus;
  riskLevel: RiskLevel;
  nextActionDue: Date | null;
};

/** Open cases where the actor is lead professional, through the access policy like every list. */
export async function listMyOpenCases(actor: Actor): Promise<MyCaseRow[]> {
  const agreements = await agreementsInForceFor(db, actor.organisation.id);
  const cases = await db.sharedCase.findMany({
    where: {
      AND: [visibleCasesWhere(actor, agreements), { leadProfessionalId: actor.userId, status: { not: "CLOSED" } }],
    },
    orderBy: { openedAt: "desc" },
    take: 200,
    select: {
      id: true,
      number: true,
      status: true,
      riskLevel: true,
      person: { select: { givenName: true, familyName: true } },
      neighbourhood: { select: { name: true } },
      themes: { select: { theme: { select: { name: true } } } },
      actions: {
        where: { status: { in: ["OPEN", "IN_PROGRESS"] } },
        orderBy: { dueOn: "asc" },
        take: 1,
        select: { dueOn: true },
      },
    },
  });
  await writeAuditEvent(db, {
    actor: auditActorOf(actor),
    action: "case.list",
    reasons: ["lead professional of each case listed"],
    details: { list: "my open cases", count: cases.length },
  });
  return cases.map((c) => ({
    id: c.id,
    reference: formatCaseReference(c.number),
    subjectName: `${c.person.givenName} ${c.person.familyName}`,
    neighbourhoodName: c.neighbourhood.name,
    themes: c.themes.map((t) => t.theme.name),
    status: c.status,
    riskLevel: c.riskLevel,
    nextActionDue: c.actions[0]?.dueOn ?? null,
  }));
}
