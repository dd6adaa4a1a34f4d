// Reads of shared cases for frontline workers. Each read is authorised and audited here.
import "server-only";
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

/** Open cases where the actor is lead professional (for their own organisation). */
export async function listMyOpenCases(actor: Actor): Promise<MyCaseRow[]> {
  const cases = await db.sharedCase.findMany({
    where: {
      leadProfessionalId: actor.userId,
      leadOrganisationId: actor.organisation.id,
      status: { not: "CLOSED" },
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
