// The development mailbox: the outbox as a person's inbox, for trying the portal without an
// email server. Only in development (the page is absent from production builds).
import "server-only";
import { decryptField } from "@/lib/crypto/field-encryption";
import { db } from "@/lib/db";
import { outboxBodyContext } from "./outbox-context";

export type MailboxMessage = { id: string; to: string; subject: string; text: string | null; status: string; createdAt: Date };

export async function readDevMailbox(to: string | null): Promise<MailboxMessage[]> {
  if (process.env.NODE_ENV === "production") return [];
  const rows = await db.outboxMessage.findMany({
    where: to ? { toAddress: to.toLowerCase() } : {},
    orderBy: { createdAt: "desc" },
    take: 50,
    select: { id: true, toAddress: true, subject: true, bodyCiphertext: true, status: true, createdAt: true },
  });
  return rows.map((m) => ({
    id: m.id,
    to: m.toAddress,
    subject: m.subject,
    text: m.bodyCiphertext ? decryptField(m.bodyCiphertext, outboxBodyContext(m.id)) : null,
    status: m.status,
    createdAt: m.createdAt,
  }));
}
