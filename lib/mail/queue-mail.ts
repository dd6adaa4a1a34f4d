// Puts an email in the outbox inside the caller's transaction, so it is sent if and only if the
// change it tells of commits. The body is encrypted at rest (it may hold a one-time link).
import "server-only";
import { randomUUID } from "node:crypto";
import { encryptField } from "@/lib/crypto/field-encryption";
import type { Tx } from "@/lib/db/create-client";
import { outboxBodyContext } from "./outbox-context";

export async function queueMail(tx: Tx, message: { kind: string; to: string; subject: string; text: string }): Promise<string> {
  const id = randomUUID();
  await tx.outboxMessage.create({
    data: { id, kind: message.kind, toAddress: message.to, subject: message.subject, bodyCiphertext: encryptField(message.text, outboxBodyContext(id)) },
  });
  return id;
}
