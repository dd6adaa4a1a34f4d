// The officer's export of a response (sar.export): only after re-entering their password and a
// code (ASVS 7.5.3) — without it, refused and audited — then marked responded.
import "server-only";
import { decideSarWork } from "@/lib/access/sar-policy";
import type { Actor } from "@/lib/auth/actor";
import { isRecentlyAuthenticated } from "@/lib/auth/reauthentication";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { asActor } from "@/lib/db/access-context";
import { formFailure } from "@/lib/forms/failures";
import type { FormFailure } from "@/lib/forms/form-state";
import { sarResponse } from "./queries";
import { sarNotFoundMessage } from "./sar-transaction";

export async function exportResponse(actor: Actor, requestId: string, now = new Date()): Promise<{ ok: true } | FormFailure<Record<string, never>> | "reauthenticate"> {
  if (decideSarWork(actor).allowed && !(await isRecentlyAuthenticated(actor, now))) {
    await asActor(actor, (tx) => writeAuditEvent(tx, { actor: auditActorOf(actor), action: "sar.export", outcome: "DENIED", recordType: "SubjectAccessRequest", recordId: requestId, reasons: ["no recent re-authentication"] }));
    return "reauthenticate";
  }
  const response = await sarResponse(actor, requestId, { action: "sar.export", format: "html" });
  return response.allowed ? { ok: true } : formFailure({}, sarNotFoundMessage);
}
