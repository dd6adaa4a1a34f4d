// Cases offered to the worker (or their organisation) to lead, waiting for an answer.
import "server-only";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import type { AccessActor, AccessGrounds } from "@/lib/access/case-policy";
import type { Tx } from "@/lib/db/create-client";
import { transfersAwaitingWhere } from "@/lib/access/transfers-awaiting-where";
import { asActor } from "@/lib/db/access-context";
import { formatCaseReference } from "@/lib/domain/case-reference";
import type { TransferKind } from "@/lib/generated/prisma/enums";

export type TransferRow = {
  id: string;
  kind: TransferKind;
  reason: string;
  requestedAt: Date;
  requestedBy: string;
  case: { id: string; reference: string; subjectName: string };
};

export async function listTransfersAwaiting(actor: AccessActor): Promise<TransferRow[]> {
  return asActor(actor, async (tx) => readTransfersAwaiting(tx, actor, await accessGroundsFor(tx, actor)));
}

/** The same inside a transaction of the actor's, with their grounds loaded once (My work reads every list in one). */
export async function readTransfersAwaiting(tx: Tx, actor: AccessActor, grounds: AccessGrounds): Promise<TransferRow[]> {
  const transfers = await tx.leadTransfer.findMany({
    where: transfersAwaitingWhere(actor, grounds),
    orderBy: [{ requestedAt: "asc" }, { id: "asc" }],
    take: 50,
    select: {
      id: true,
      kind: true,
      reason: true,
      requestedAt: true,
      requestedBy: { select: { name: true, organisation: { select: { name: true } } } },
      case: { select: { id: true, number: true, person: { select: { givenName: true, familyName: true } } } },
    },
  });
  return transfers.map((t) => ({
    id: t.id,
    kind: t.kind,
    reason: t.reason,
    requestedAt: t.requestedAt,
    requestedBy: `${t.requestedBy.name}, ${t.requestedBy.organisation.name}`,
    case: { id: t.case.id, reference: formatCaseReference(t.case.number), subjectName: `${t.case.person.givenName} ${t.case.person.familyName}` },
  }));
}
