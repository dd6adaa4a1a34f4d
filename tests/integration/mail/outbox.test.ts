// The outbox: mail is queued in the transaction of the change it tells of, sent with retries,
// and its body (which may hold a one-time link) is encrypted and erased once sent by SMTP.
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/owner-db";
import { deliverDueMail, maxAttempts } from "@/lib/mail/deliver-outbox";
import { queueMail } from "@/lib/mail/queue-mail";
import type { MailTransport, OutgoingMail } from "@/lib/mail/transport";

const address = () => `mail-${randomUUID().slice(0, 8)}@test.goldenthread.org.uk`;

function recording(options: { keepsBody?: boolean; fail?: boolean } = {}) {
  const sent: OutgoingMail[] = [];
  const transport: MailTransport = {
    name: options.keepsBody ? "mailbox" : "smtp",
    keepsBody: options.keepsBody ?? false,
    async send(message) {
      if (options.fail) throw new Error("connection refused");
      sent.push(message);
    },
  };
  return { sent, transport };
}

describe("the outbox", () => {
  it("queues nothing when the change's transaction rolls back", async () => {
    const to = address();
    await expect(
      db.$transaction(async (tx) => {
        await queueMail(tx, { kind: "test", to, subject: "Hello", text: "secret link" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db.outboxMessage.count({ where: { toAddress: to } })).toBe(0);
  });

  it("stores the body encrypted, sends it, then erases it", async () => {
    const to = address();
    await queueMail(db, { kind: "test", to, subject: "Choose your password", text: "https://portal.example/set-password/abc" });
    const queued = await db.outboxMessage.findFirstOrThrow({ where: { toAddress: to } });
    expect(queued.bodyCiphertext).not.toContain("set-password");
    const { sent, transport } = recording();
    await deliverDueMail(db, transport);
    expect(sent.filter((m) => m.to === to)).toEqual([{ to, subject: "Choose your password", text: "https://portal.example/set-password/abc" }]);
    expect(await db.outboxMessage.findFirstOrThrow({ where: { toAddress: to } })).toMatchObject({ status: "SENT", bodyCiphertext: null, sentAt: expect.any(Date) });
    await deliverDueMail(db, transport);
    expect(sent.filter((m) => m.to === to)).toHaveLength(1);
  });

  it("keeps the body for the development mailbox", async () => {
    const to = address();
    await queueMail(db, { kind: "test", to, subject: "Kept", text: "body" });
    await deliverDueMail(db, recording({ keepsBody: true }).transport);
    expect((await db.outboxMessage.findFirstOrThrow({ where: { toAddress: to } })).bodyCiphertext).not.toBeNull();
  });

  it("retries a failed delivery later with a growing delay, and gives up after the last attempt", async () => {
    const to = address();
    await queueMail(db, { kind: "test", to, subject: "Retry", text: "body" });
    const { transport } = recording({ fail: true });
    await deliverDueMail(db, transport);
    const first = await db.outboxMessage.findFirstOrThrow({ where: { toAddress: to } });
    expect(first).toMatchObject({ status: "PENDING", attempts: 1, lastError: "connection refused" });
    expect(first.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    // Bring it due again until the attempts run out.
    for (let i = 1; i < maxAttempts; i += 1) {
      await db.outboxMessage.update({ where: { id: first.id }, data: { nextAttemptAt: new Date(0) } });
      await deliverDueMail(db, transport);
    }
    expect(await db.outboxMessage.findFirstOrThrow({ where: { id: first.id } })).toMatchObject({ status: "FAILED", attempts: maxAttempts });
  });
});
