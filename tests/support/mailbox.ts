// Reading the outbox as the recipient would read their mail: the latest message to an address,
// and the set-password link in it.
import { decryptField } from "@/lib/crypto/field-encryption";
import { outboxBodyContext } from "@/lib/mail/outbox-context";
import { db } from "@/tests/support/owner-db";

export async function mailTo(address: string) {
  const messages = await db.outboxMessage.findMany({ where: { toAddress: address.toLowerCase() }, orderBy: { createdAt: "asc" } });
  return messages.map((m) => ({ ...m, text: m.bodyCiphertext ? decryptField(m.bodyCiphertext, outboxBodyContext(m.id)) : null }));
}

/** The token of the newest set-password link mailed to the address. */
export async function setPasswordTokenMailedTo(address: string): Promise<string> {
  const withLinks = (await mailTo(address)).filter((m) => m.text?.includes("/set-password/"));
  const match = withLinks.at(-1)?.text?.match(/\/set-password\/([A-Za-z0-9_-]+)/);
  if (!match) throw new Error(`no set-password link mailed to ${address}`);
  return match[1];
}
