// Sends what is due in the outbox, with retries: each message is claimed (FOR UPDATE SKIP
// LOCKED, so two servers never send one twice), sent, then marked sent with its body erased —
// or put back with a growing delay, and marked failed after maxAttempts.
import "server-only";
import { decryptField } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import type { Db } from "@/lib/db/create-client";
import { outboxBodyContext } from "./outbox-context";
import { mailTransportFromEnvironment, type MailTransport } from "./transport";

export const maxAttempts = 8;
const batchSize = 20;
/** A claimed message is tried again after this long if its sender died mid-way. */
const leaseSeconds = 300;

export function retryDelayMs(attempts: number): number {
  return Math.min(6 * 60 * 60_000, 30_000 * 2 ** Math.max(0, attempts - 1));
}

type Claimed = { id: string; toAddress: string; subject: string; bodyCiphertext: string | null; attempts: number };

export async function deliverDueMail(client: Db = db, transport: MailTransport = mailTransportFromEnvironment()): Promise<{ sent: number; failed: number }> {
  const claimed = await client.$queryRaw<Claimed[]>`
    UPDATE "OutboxMessage" SET attempts = attempts + 1, "nextAttemptAt" = now() + make_interval(secs => ${leaseSeconds})
    WHERE id IN (
      SELECT id FROM "OutboxMessage" WHERE status = 'PENDING' AND "nextAttemptAt" <= now()
      ORDER BY "createdAt" LIMIT ${batchSize} FOR UPDATE SKIP LOCKED)
    RETURNING id, "toAddress", subject, "bodyCiphertext", attempts`;
  let sent = 0;
  let failed = 0;
  for (const message of claimed) {
    try {
      const text = message.bodyCiphertext ? decryptField(message.bodyCiphertext, outboxBodyContext(message.id)) : "";
      await transport.send({ to: message.toAddress, subject: message.subject, text });
      await client.outboxMessage.update({
        where: { id: message.id },
        data: { status: "SENT", sentAt: new Date(), lastError: null, ...(transport.keepsBody ? {} : { bodyCiphertext: null }) },
      });
      sent += 1;
    } catch (error) {
      const giveUp = message.attempts >= maxAttempts;
      await client.outboxMessage.update({
        where: { id: message.id },
        data: {
          status: giveUp ? "FAILED" : "PENDING",
          nextAttemptAt: new Date(Date.now() + retryDelayMs(message.attempts)),
          lastError: String(error instanceof Error ? error.message : error).slice(0, 500),
        },
      });
      failed += 1;
    }
  }
  return { sent, failed };
}

const inFlight = new Set<Promise<unknown>>();

/** After a change that queued mail has committed: send now rather than at the next tick. */
export function deliverSoon(): void {
  const delivery: Promise<unknown> = deliverDueMail()
    .catch((error) => console.error("[mail] delivery failed:", error))
    .finally(() => inFlight.delete(delivery));
  inFlight.add(delivery);
}

/** Resolves once every delivery deliverSoon started has finished (tests that compare tables wait for it). */
export async function deliveriesSettled(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}
