// Writes one row of the append-only audit trail. Pass the caller's transaction client so the
// audit row and the change it records commit (or fail) together.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AuditOutcome, Role } from "@/lib/generated/prisma/enums";

export type AuditEntry = {
  actor: { userId: string | null; organisationId: string | null; roles: Role[] };
  action: string;
  outcome?: AuditOutcome;
  recordType?: string;
  recordId?: string;
  caseId?: string;
  reasons?: string[];
  ipAddress?: string | null;
  details?: Prisma.InputJsonValue;
};

export async function writeAuditEvent(client: Tx, entry: AuditEntry): Promise<void> {
  await client.auditEvent.create({
    data: {
      actorUserId: entry.actor.userId,
      actorOrganisationId: entry.actor.organisationId,
      actorRoles: entry.actor.roles,
      action: entry.action,
      outcome: entry.outcome ?? "ALLOWED",
      recordType: entry.recordType ?? null,
      recordId: entry.recordId ?? null,
      caseId: entry.caseId ?? null,
      reasons: entry.reasons ?? [],
      ipAddress: entry.ipAddress ?? null,
      ...(entry.details === undefined ? {} : { details: entry.details }),
    },
  });
}

/** The audit trail's "who" for a signed-in actor. */
export function auditActorOf(actor: {
  userId: string;
  organisation: { id: string };
  roles: readonly Role[];
}): AuditEntry["actor"] {
  return { userId: actor.userId, organisationId: actor.organisation.id, roles: [...actor.roles] };
}
