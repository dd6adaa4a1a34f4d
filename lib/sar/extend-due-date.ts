// Extending a request's time limit by up to two further months (UK GDPR Article 12(3): complex
// or numerous requests), with the reason recorded. Version-checked; audited as sar.extend.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { formatDate } from "@/lib/domain/london-time";
import { sarLatestExtendedDueOn } from "@/lib/domain/sar-due-date";
import { readDateParts, type DatePartsInput } from "@/lib/forms/date-parts";
import { changedSinceOpened, fieldFailure, formFailure, invalid } from "@/lib/forms/failures";
import type { CommandResult } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { extendSchema } from "./schemas";
import { inSarTransaction, sarNotFoundMessage } from "./sar-transaction";

export type ExtendValues = { extendedDueOn: DatePartsInput; extensionReason: string; version: string };

export const extendValuesOf = (f: FormData): ExtendValues => ({ extendedDueOn: readDateParts(f, "extendedDueOn"), extensionReason: textOf(f, "extensionReason"), version: textOf(f, "version") });

export async function extendDueDate(actor: Actor, requestId: string, formData: FormData): Promise<CommandResult<ExtendValues>> {
  const values = extendValuesOf(formData);
  const parsed = extendSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const outcome = await inSarTransaction(actor, requestId, "sar.extend", async (tx, request) => {
    const latest = sarLatestExtendedDueOn(request.receivedOn);
    if (input.extendedDueOn <= request.dueOn) return { problem: `New due date must be after ${formatDate(request.dueOn)}` };
    if (input.extendedDueOn > latest) return { problem: `New due date must be no later than ${formatDate(latest)}: three months after the request was received` };
    const claimed = await tx.subjectAccessRequest.updateMany({ where: { id: request.id, version: input.version, status: "OPEN" }, data: { version: { increment: 1 }, extendedDueOn: input.extendedDueOn, extensionReason: input.extensionReason } });
    if (claimed.count === 0) return "stale" as const;
    await writeAuditEvent(tx, { actor: auditActorOf(actor), action: "sar.extend", recordType: "SubjectAccessRequest", recordId: request.id });
    return "saved" as const;
  });
  if (!outcome.allowed) return formFailure(values, sarNotFoundMessage);
  const v = outcome.value;
  if (v === "stale") return formFailure(values, changedSinceOpened);
  if (v !== "saved") return fieldFailure(values, "extendedDueOn", v.problem);
  return { ok: true };
}
