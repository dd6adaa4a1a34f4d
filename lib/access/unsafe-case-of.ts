// Which case a referral or a lead transfer belongs to, so the access policy can be asked about
// that case. These skip authorisation on purpose (they are how authorisation starts), hence
// "unsafe": they return a case id for authorizeCase / inCaseTransaction and nothing else.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { isUuid } from "@/lib/domain/uuid";

export async function unsafeCaseIdOfReferral(client: Tx, referralId: string): Promise<string | null> {
  if (!isUuid(referralId)) return null;
  const found = await client.referral.findUnique({ where: { id: referralId }, select: { caseId: true } });
  return found?.caseId ?? null;
}

export async function unsafeCaseIdOfTransfer(client: Tx, transferId: string): Promise<string | null> {
  if (!isUuid(transferId)) return null;
  const found = await client.leadTransfer.findUnique({ where: { id: transferId }, select: { caseId: true } });
  return found?.caseId ?? null;
}
