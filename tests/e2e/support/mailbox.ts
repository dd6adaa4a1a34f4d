// The e2e run keeps email in the outbox (MAIL_TRANSPORT=mailbox): read it as the recipient would.
import { decryptField } from "../../../lib/crypto/field-encryption";
import { parseKeyRing } from "../../../lib/crypto/key-ring";
import { outboxBodyContext } from "../../../lib/mail/outbox-context";
import { query } from "./database";

export async function mailTo(address: string): Promise<{ subject: string; text: string }[]> {
  const ring = parseKeyRing(process.env.FIELD_ENCRYPTION_KEYS ?? "");
  const rows = await query<{ id: string; subject: string; bodyCiphertext: string | null }>(
    `SELECT id, subject, "bodyCiphertext" FROM "OutboxMessage" WHERE "toAddress" = $1 ORDER BY "createdAt"`,
    [address.toLowerCase()],
  );
  return rows.map((r) => ({ subject: r.subject, text: r.bodyCiphertext ? decryptField(r.bodyCiphertext, outboxBodyContext(r.id), ring) : "" }));
}

/** The newest set-password link mailed to the address, as a path. */
export async function setPasswordLinkMailedTo(address: string): Promise<string> {
  const link = (await mailTo(address)).flatMap((m) => m.text.match(/https?:\/\/\S+\/set-password\/[A-Za-z0-9_-]+/g) ?? []).at(-1);
  if (!link) throw new Error(`no set-password link mailed to ${address}`);
  return new URL(link).pathname;
}
