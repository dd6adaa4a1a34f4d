// Writes one chunk of checked import rows inside the import's transaction, with an audit row per
// record created (a joiner is audited the same whether added by form or by file).
import "server-only";
import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import type { Tx } from "@/lib/db/create-client";
import { setPasswordMail } from "@/lib/mail/messages";
import { queueMail } from "@/lib/mail/queue-mail";
import { newPasswordToken, setPasswordPath } from "../password-tokens";
import { roleRows } from "../users/role-rows";
import type { NeighbourhoodImportRow } from "./validate-neighbourhoods";
import type { OrganisationImportRow } from "./validate-organisations";
import type { UserImportRow } from "./validate-users";

export async function writeOrganisations(tx: Tx, actor: Actor, rows: OrganisationImportRow[]): Promise<void> {
  const data = rows.map((r) => ({ id: randomUUID(), name: r.name, type: r.type, status: r.status, joinedOn: r.joinedOn }));
  await tx.organisation.createMany({ data });
  for (const o of data) {
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "admin.organisation.create",
      recordType: "Organisation",
      recordId: o.id,
      reasons: ["bulk import"],
      details: { type: o.type, status: o.status },
    });
  }
}

/**
 * Creates the users with their roles, and emails each their one-time set-password link (in the
 * import's transaction: no mail goes unless the whole import commits). Returns how many were emailed.
 */
export async function writeUsers(tx: Tx, actor: Actor, rows: UserImportRow[]): Promise<number> {
  const users = rows.map((r) => ({ ...r, id: randomUUID(), token: newPasswordToken("joiner") }));
  await tx.user.createMany({
    data: users.map((u) => ({ id: u.id, email: u.email, name: u.name, jobTitle: u.jobTitle, organisationId: u.organisationId })),
  });
  await tx.roleAssignment.createMany({ data: users.flatMap((u) => roleRows(u.roles, u.leadAreas).map((r) => ({ ...r, userId: u.id }))) });
  await tx.passwordSetToken.createMany({
    data: users.map((u) => ({ userId: u.id, tokenHash: u.token.tokenHash, expiresAt: u.token.expiresAt })),
  });
  for (const u of users) {
    await queueMail(tx, { to: u.email, ...setPasswordMail("joiner", u.name, setPasswordPath(u.token.token), u.token.expiresAt) });
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "admin.user.create",
      recordType: "User",
      recordId: u.id,
      reasons: ["joiner", "bulk import"],
      details: { organisationId: u.organisationId, roles: u.roles, leadAreas: u.leadAreas.length, passwordLinkEmailed: true },
    });
  }
  return users.length;
}

export async function writeNeighbourhoods(tx: Tx, actor: Actor, rows: NeighbourhoodImportRow[]): Promise<void> {
  const data = rows.map((r) => ({ ...r, id: randomUUID() }));
  await tx.neighbourhood.createMany({
    data: data.map((n) => ({ id: n.id, code: n.code, name: n.name, slug: n.slug, localityId: n.localityId, population: n.population })),
  });
  for (const n of data) {
    if (n.wardCodes.length > 0) await tx.ward.updateMany({ where: { code: { in: n.wardCodes } }, data: { neighbourhoodId: n.id } });
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "admin.neighbourhood.create",
      recordType: "Neighbourhood",
      recordId: n.id,
      reasons: ["bulk import"],
      details: { code: n.code, population: n.population, wards: n.wardCodes },
    });
  }
}
