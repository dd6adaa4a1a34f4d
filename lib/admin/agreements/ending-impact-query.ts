// The ending-impact figures for the confirmation page (an admin read: counts only).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { unsafeAsSystem } from "@/lib/db/access-context";
import { isUuid } from "@/lib/domain/uuid";
import { assertPermitted } from "../permission";
import { endingImpact, type PartyImpact } from "./ending-impact";

export async function agreementEndingImpact(actor: Actor, agreementId: string): Promise<PartyImpact[]> {
  assertPermitted(actor);
  if (!isUuid(agreementId)) return [];
  // Counts across organisations: what each party sees, which no admin context could see.
  return unsafeAsSystem((tx) => endingImpact(tx, agreementId));
}
