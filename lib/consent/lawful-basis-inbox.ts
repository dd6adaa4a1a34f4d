// The approver's inbox: lawful bases for sharing without consent that name them as approver and
// await their confirmation (only a case's record in force can be answered). Reading it is audited.
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { asActor } from "@/lib/db/access-context";
import { formatCaseReference } from "@/lib/domain/case-reference";
import type { LawfulBasis } from "@/lib/generated/prisma/enums";

export type LawfulBasisToConfirm = {
  id: string;
  caseId: string;
  reference: string;
  lawfulBasis: LawfulBasis;
  note: string | null;
  recordedBy: string;
  recordedAt: Date;
};

export async function listLawfulBasesToConfirm(actor: AccessActor, take = 50): Promise<LawfulBasisToConfirm[]> {
  return asActor(actor, async (tx) => {
    const rows = await tx.consentRecord.findMany({
      where: { lawfulBasisApprovedById: actor.userId, lawfulBasisAwaitsConfirmation: true },
      orderBy: [{ recordedAt: "asc" }, { id: "asc" }],
      take,
      select: { id: true, caseId: true, lawfulBasis: true, lawfulBasisNote: true, recordedAt: true, recordedBy: { select: { name: true } }, case: { select: { number: true } } },
    });
    await writeAuditEvent(tx, { actor: auditActorOf(actor), action: "consent.listToConfirm", recordType: "ConsentRecord", details: { count: rows.length } });
    return rows.flatMap((r) =>
      r.lawfulBasis
        ? [{ id: r.id, caseId: r.caseId, reference: formatCaseReference(r.case.number), lawfulBasis: r.lawfulBasis, note: r.lawfulBasisNote, recordedBy: r.recordedBy.name, recordedAt: r.recordedAt }]
        : [],
    );
  });
}
