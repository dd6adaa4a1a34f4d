// The explainable access checker: for a chosen user and case reference, what the access policy
// decides for every case action, with its reasons — never the case's content. The check is
// itself audited, against the case, so the trail shows who asked about it.
import "server-only";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import { unsafeLoadCaseFacts } from "@/lib/access/case-facts";
import { caseActions, decideCaseAccess, type CaseAction } from "@/lib/access/case-policy";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { unsafeAsSystem } from "@/lib/db/access-context";
import { formatCaseReference } from "@/lib/domain/case-reference";
import { organisationStatusLabels } from "@/lib/domain/labels";
import type { Role } from "@/lib/generated/prisma/enums";
import { fieldFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";
import { assertPermitted } from "../permission";
import { caseActionLabel } from "./action-labels";
import { accessCheckSchema, type AccessCheckInput } from "./schemas";

export type AccessCheckAnswer = {
  user: { id: string; name: string; email: string; organisationName: string; roles: Role[] };
  /** Why the user could not act at all today, whatever the policy says (null when they can sign in). */
  signInBlocked: string | null;
  caseReference: string;
  decisions: { action: CaseAction; label: string; allowed: boolean; reasons: string[] }[];
};

export async function checkAccess(actor: Actor, input: AccessCheckInput): Promise<CommandResult<AccessCheckInput, { answer: AccessCheckAnswer }>> {
  assertPermitted(actor);
  const parsed = accessCheckSchema.safeParse(input);
  if (!parsed.success) return invalid(parsed.error, input);
  const { email, caseReference } = parsed.data;

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      name: true,
      email: true,
      deactivatedAt: true,
      organisation: { select: { id: true, name: true, status: true } },
      roles: { select: { role: true } },
    },
  });
  if (!user) return fieldFailure(input, "email", "No user has this email address");
  const found = await unsafeAsSystem((tx) => tx.sharedCase.findUnique({ where: { number: caseReference }, select: { id: true } }));
  if (!found) return fieldFailure(input, "caseReference", "No case has this reference");

  const roles = [...new Set(user.roles.map((r) => r.role))];
  const subject = { userId: user.id, organisation: { id: user.organisation.id }, roles };
  const reference = formatCaseReference(caseReference);
  // Across organisations: the facts of a case the admin may not see, yielding only decisions.
  const decisions = await unsafeAsSystem(async (tx) => {
    const facts = await unsafeLoadCaseFacts(tx, found.id);
    if (!facts) throw new Error("The case was found by its reference, then not by its id");
    const grounds = await accessGroundsFor(tx, subject);
    const answers: AccessCheckAnswer["decisions"] = caseActions.map((action) => {
      const decision = decideCaseAccess(subject, facts, grounds, action);
      return { action, label: caseActionLabel(action), allowed: decision.allowed, reasons: decision.reasons };
    });
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "admin.access-check",
      recordType: "SharedCase",
      recordId: found.id,
      caseId: found.id,
      reasons: [`access checked for user ${user.id}`],
      details: {
        checkedUserId: user.id,
        checkedOrganisationId: user.organisation.id,
        allowed: answers.filter((a) => a.allowed).map((a) => a.action),
      },
    });
    return answers;
  }, { timeout: 30_000 });

  const signInBlocked = user.deactivatedAt
    ? "The user is deactivated, so they cannot sign in to do any of this."
    : user.organisation.status !== "ACTIVE"
      ? `Their organisation is ${organisationStatusLabels[user.organisation.status].toLowerCase()}, so they cannot sign in to do any of this.`
      : null;
  return {
    ok: true,
    answer: {
      user: { id: user.id, name: user.name, email: user.email, organisationName: user.organisation.name, roles },
      signInBlocked,
      caseReference: reference,
      decisions,
    },
  };
}
