// Notes and contacts other organisations recorded in the last fortnight on cases the worker
// leads, limited to the notes the worker may read.
import "server-only";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import type { AccessActor, AccessGrounds } from "@/lib/access/case-policy";
import type { Tx } from "@/lib/db/create-client";
import { visibleCasesWhere, visibleNotesWhere } from "@/lib/access/visible-cases-where";
import { asActor } from "@/lib/db/access-context";
import { formatCaseReference } from "@/lib/domain/case-reference";
import { addDays } from "@/lib/domain/london-time";
import type { ContactKind } from "@/lib/generated/prisma/enums";

const recentDays = 14;

export type ActivityRow = { id: string; kind: ContactKind; at: Date; by: string; case: { id: string; reference: string } };

export async function listRecentActivity(actor: AccessActor): Promise<ActivityRow[]> {
  return asActor(actor, async (tx) => readRecentActivity(tx, actor, await accessGroundsFor(tx, actor)));
}

/** The same inside a transaction of the actor's, with their grounds loaded once (My work reads every list in one). */
export async function readRecentActivity(tx: Tx, actor: AccessActor, grounds: AccessGrounds): Promise<ActivityRow[]> {
  const notes = await tx.caseNote.findMany({
    where: {
      AND: [
        visibleNotesWhere(actor),
        { createdAt: { gte: addDays(new Date(), -recentDays) }, authorOrganisationId: { not: actor.organisation.id } },
        { case: { AND: [visibleCasesWhere(actor, grounds), { leadProfessionalId: actor.userId }] } },
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    take: 20,
    select: { id: true, kind: true, createdAt: true, authorOrganisation: { select: { name: true } }, case: { select: { id: true, number: true } } },
  });
  return notes.map((n) => ({ id: n.id, kind: n.kind, at: n.createdAt, by: n.authorOrganisation.name, case: { id: n.case.id, reference: formatCaseReference(n.case.number) } }));
}
