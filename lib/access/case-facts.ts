// Loads what the access policy needs to decide about one case. It skips authorisation on
// purpose (it is how authorisation starts), hence "unsafe": return it to no one.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { CaseFacts } from "./case-policy";

export async function unsafeLoadCaseFacts(client: Tx, caseId: string): Promise<CaseFacts | null> {
  const found = await client.sharedCase.findUnique({
    where: { id: caseId },
    select: {
      id: true,
      leadOrganisationId: true,
      leadProfessionalId: true,
      neighbourhoodId: true,
      status: true,
      restrictedAt: true,
      breakGlassGrants: { where: { expiresAt: { gt: new Date() } }, select: { userId: true } },
      workers: { where: { removedAt: null }, select: { userId: true } },
      leadTransfers: { where: { status: "PENDING", toProfessionalId: { not: null } }, select: { toProfessionalId: true } },
      themes: { select: { themeId: true } },
      involvements: { where: { leftAt: null }, select: { organisationId: true } },
      referrals: { where: { status: "PENDING" }, select: { toOrganisationId: true } },
      consents: {
        // The same order as gt_refresh_partner_access (migration consent_over_time).
        orderBy: [{ recordedAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { status: true, decidedOn: true, lawfulBasis: true, lawfulBasisApprovedById: true, reviewOn: true, lawfulBasisAwaitsConfirmation: true, lawfulBasisDeclinedAt: true },
      },
    },
  });
  if (!found) return null;
  const consent = found.consents[0];
  return {
    caseId: found.id,
    leadOrganisationId: found.leadOrganisationId,
    leadProfessionalId: found.leadProfessionalId,
    neighbourhoodId: found.neighbourhoodId,
    namedWorkerIds: found.workers.map((w) => w.userId),
    leadOfferedToIds: found.leadTransfers.flatMap((t) => (t.toProfessionalId ? [t.toProfessionalId] : [])),
    status: found.status,
    restricted: found.restrictedAt !== null,
    breakGlassUserIds: found.breakGlassGrants.map((g) => g.userId),
    themeIds: found.themes.map((t) => t.themeId),
    involvedOrganisationIds: found.involvements.map((i) => i.organisationId),
    pendingReferralOrganisationIds: found.referrals.map((r) => r.toOrganisationId),
    consent: consent
      ? {
          status: consent.status,
          decidedOn: consent.decidedOn,
          lawfulBasis: consent.lawfulBasis,
          approvedById: consent.lawfulBasisApprovedById,
          reviewOn: consent.reviewOn,
          awaitsConfirmation: consent.lawfulBasisAwaitsConfirmation,
          declinedAt: consent.lawfulBasisDeclinedAt,
        }
      : null,
  };
}
