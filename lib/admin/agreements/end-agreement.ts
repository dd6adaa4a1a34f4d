// Ending an agreement: it stops being in force at once, so the sharing it covered stops too.
// The audit row keeps the reason and the counted effect, worked out in the same transaction.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { unsafeAsSystem } from "@/lib/db/access-context";
import { formFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";
import { assertPermitted } from "../permission";
import { endingImpact } from "./ending-impact";
import { endAgreementSchema, type EndAgreementInput } from "./schemas";

export async function endAgreement(actor: Actor, input: EndAgreementInput): Promise<CommandResult<EndAgreementInput, { id: string }>> {
  assertPermitted(actor);
  const parsed = endAgreementSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { id, reason } = parsed.data;

  // Across organisations: the counts of what each party sees (never which cases) are worked out
  // in the same transaction that ends the agreement.
  const problem = await unsafeAsSystem(async (tx) => {
    const agreement = await tx.sharingAgreement.findUnique({ where: { id }, select: { status: true, reference: true } });
    if (!agreement) return "This agreement no longer exists";
    if (agreement.status === "ENDED") return "This agreement has already ended";
    const impact = await endingImpact(tx, id);
    await tx.sharingAgreement.update({ where: { id }, data: { status: "ENDED", endedAt: new Date() } });
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "admin.agreement.end",
      recordType: "SharingAgreement",
      recordId: id,
      reasons: [reason],
      details: {
        reference: agreement.reference,
        from: agreement.status,
        casesNoLongerVisible: impact.map((p) => ({ organisationId: p.organisationId, cases: p.noLongerVisible })),
      },
    });
    return null;
  });
  if (problem) return formFailure(input, problem);
  return { ok: true, id };
}
