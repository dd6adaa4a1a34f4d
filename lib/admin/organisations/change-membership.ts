// Confirming, suspending, reinstating an organisation or marking it as left. Suspending or
// leaving also bumps every one of its users' session version, so sessions already open end at
// their next request (sign-in itself refuses users of a non-active organisation).
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { organisationStatusLabels } from "@/lib/domain/labels";
import type { Prisma } from "@/lib/generated/prisma/client";
import { formFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";
import { assertPermitted } from "../permission";
import { membershipChangeSchemas, type MembershipChangeInput } from "./schemas";
import { canChangeMembership, endsSessions, statusAfter, type MembershipChange } from "./status-rules";

type Parsed = {
  activate: { id: string; joinedOn: Date };
  suspend: { id: string; reason: string };
  reinstate: { id: string };
  leave: { id: string; leftOn: Date };
};

function changesFor<C extends MembershipChange>(change: C, data: Parsed[C]): Prisma.OrganisationUpdateInput {
  const now = new Date();
  switch (change) {
    case "activate":
      return { status: "ACTIVE", joinedOn: (data as Parsed["activate"]).joinedOn, leftOn: null, suspendedAt: null };
    case "suspend":
      return { status: "SUSPENDED", suspendedAt: now };
    case "reinstate":
      return { status: "ACTIVE", suspendedAt: null };
    default:
      return { status: "LEFT", leftOn: (data as Parsed["leave"]).leftOn, suspendedAt: null };
  }
}

export async function changeMembership<C extends MembershipChange>(
  actor: Actor,
  change: C,
  input: MembershipChangeInput[C],
): Promise<CommandResult<MembershipChangeInput[C], { id: string }>> {
  assertPermitted(actor);
  const parsed = membershipChangeSchemas[change].safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const data = parsed.data as Parsed[C];
  if (data.id === actor.organisation.id && endsSessions(change)) {
    return formFailure(input, "You cannot suspend your own organisation or mark it as left: you would lose access at once");
  }

  const outcome = await db.$transaction(async (tx) => {
    const organisation = await tx.organisation.findUnique({ where: { id: data.id }, select: { status: true } });
    if (!organisation) return { error: "This organisation no longer exists" };
    if (!canChangeMembership(organisation.status, change)) {
      return { error: `This cannot be done to an organisation whose status is ${organisationStatusLabels[organisation.status].toLowerCase()}` };
    }
    await tx.organisation.update({ where: { id: data.id }, data: changesFor(change, data) });
    const sessionsEnded = endsSessions(change)
      ? (await tx.user.updateMany({ where: { organisationId: data.id }, data: { sessionVersion: { increment: 1 } } })).count
      : 0;
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: `admin.organisation.${change}`,
      recordType: "Organisation",
      recordId: data.id,
      reasons: change === "suspend" ? [(data as Parsed["suspend"]).reason] : [],
      details: { from: organisation.status, to: statusAfter[change], usersSignedOut: sessionsEnded },
    });
    return { error: null };
  });
  if (outcome.error) return formFailure(input, outcome.error);
  return { ok: true, id: data.id };
}
