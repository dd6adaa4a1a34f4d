// What a partner organisation whose access consent suspended still sees of a case: that it was
// involved (the reference, its own involvement) and why the content is withheld — never the
// content. Null for anyone else (the page then answers 404; the case view already audited that
// denial, so nothing more is written). Shown, it is audited as a case view denied with the
// policy's reasons, plus what was shown.
import "server-only";
import { auditCaseAction, decideForCase } from "@/lib/access/authorize-case";
import { consentInForce, type AccessActor } from "@/lib/access/case-policy";
import { consentStateOf } from "@/lib/access/consent-state";
import { asActor } from "@/lib/db/access-context";
import { formatCaseReference } from "@/lib/domain/case-reference";
import { londonToday } from "@/lib/domain/london-time";

export async function getSuspendedCaseSummary(actor: AccessActor, caseId: string) {
  return asActor(actor, async (tx) => {
    const authorisation = await decideForCase(tx, actor, caseId, "view");
    if (authorisation.allowed || !authorisation.decision.suspended) return null;
    await auditCaseAction(tx, actor, caseId, "view", "DENIED", authorisation.decision.reasons, { details: { shown: "involvement only" } });
    const found = await tx.sharedCase.findUnique({
      where: { id: caseId },
      select: {
        number: true,
        leadOrganisation: { select: { name: true } },
        involvements: { where: { organisationId: actor.organisation.id, leftAt: null }, select: { role: true, joinedAt: true } },
        consents: {
          orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
          take: 1,
          select: { status: true, decidedOn: true, lawfulBasis: true, lawfulBasisApprovedById: true, reviewOn: true, lawfulBasisAwaitsConfirmation: true, lawfulBasisDeclinedAt: true },
        },
      },
    });
    if (!found) return null;
    const c = found.consents[0];
    const state = consentStateOf(
      consentInForce(
        c ? { status: c.status, decidedOn: c.decidedOn, lawfulBasis: c.lawfulBasis, approvedById: c.lawfulBasisApprovedById, reviewOn: c.reviewOn, awaitsConfirmation: c.lawfulBasisAwaitsConfirmation, declinedAt: c.lawfulBasisDeclinedAt } : null,
      ),
      londonToday(),
    );
    return {
      reference: formatCaseReference(found.number),
      leadOrganisation: found.leadOrganisation.name,
      involvement: found.involvements[0] ?? null,
      why: state.reason,
      tag: state.tag,
    };
  });
}
