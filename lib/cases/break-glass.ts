// Break-glass (restricted-records.ts): a worker who would see a restricted case but for its
// restriction states why, and may read it for a few hours; the lead professional is told, and
// the access log flags it. `now` is the moment of the grant (tests pass their own).
import "server-only";
import { randomUUID } from "node:crypto";
import type { AccessActor } from "@/lib/access/case-policy";
import { breakGlassHours } from "@/lib/access/restricted-records";
import { invalid } from "@/lib/forms/failures";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { inCaseTransaction, isDenied, refused } from "./case-transaction";
import { breakGlassSchema } from "./restricted-schemas";

export type BreakGlassValues = { reason: string; confirm: string };

export function breakGlassValuesOf(formData: FormData): BreakGlassValues {
  return { reason: textOf(formData, "reason"), confirm: textOf(formData, "confirm") };
}

export function breakGlassExpiry(now: Date): Date {
  return new Date(now.getTime() + breakGlassHours * 3_600_000);
}

export async function breakGlass(
  actor: AccessActor,
  caseId: string,
  formData: FormData,
  now: Date = new Date(),
): Promise<{ ok: true; expiresAt: Date } | FormFailure<BreakGlassValues>> {
  const values = breakGlassValuesOf(formData);
  const parsed = breakGlassSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const recordId = randomUUID();
  const expiresAt = breakGlassExpiry(now);
  const result = await inCaseTransaction(
    actor,
    caseId,
    "breakGlass",
    { recordType: "BreakGlassGrant", recordId, details: { expiresAt: expiresAt.toISOString() } },
    async (tx, facts) => {
      await tx.breakGlassGrant.create({ data: { id: recordId, caseId, userId: actor.userId, reason: parsed.data.reason, grantedAt: now, expiresAt } });
      await tx.notification.createMany({ data: [{ kind: "BREAK_GLASS_USED", userId: facts.leadProfessionalId, caseId }] });
      return { ok: true as const, expiresAt };
    },
  );
  return isDenied(result) ? refused(result, values) : result;
}
