// Application-level encryption of single fields with AES-256-GCM. A ciphertext names the key
// it was made with ("gt1.<keyId>.<iv>.<ciphertext+tag>", base64url), so keys rotate without
// re-encrypting everything at once, and it is bound to where it belongs (the context, e.g.
// "totp-secret:<userId>", is authenticated data): a ciphertext copied to another row or column
// does not decrypt.
import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";
import { activeKeyRing, type KeyRing } from "./key-ring";

const version = "gt1";
const ivBytes = 12;
const tagBytes = 16;

export class UndecryptableFieldError extends Error {
  constructor(reason: string) {
    super(`The encrypted field cannot be read: ${reason}`);
    this.name = "UndecryptableFieldError";
  }
}

export function encryptField(plaintext: string, context: string, ring: KeyRing = activeKeyRing()): string {
  const iv = randomBytes(ivBytes);
  const cipher = createCipheriv("aes-256-gcm", ring.current.key, iv);
  cipher.setAAD(Buffer.from(context, "utf8"));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final(), cipher.getAuthTag()]);
  return [version, ring.current.id, iv.toString("base64url"), body.toString("base64url")].join(".");
}

export function decryptField(ciphertext: string, context: string, ring: KeyRing = activeKeyRing()): string {
  const [tag, keyId, ivText, bodyText, ...rest] = ciphertext.split(".");
  if (tag !== version || !keyId || !ivText || !bodyText || rest.length > 0) throw new UndecryptableFieldError("not a field ciphertext");
  const key = ring.byId.get(keyId);
  if (!key) throw new UndecryptableFieldError(`key "${keyId}" is not on the key ring`);
  const body = Buffer.from(bodyText, "base64url");
  if (body.length < tagBytes) throw new UndecryptableFieldError("too short");
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(ivText, "base64url"));
  decipher.setAAD(Buffer.from(context, "utf8"));
  decipher.setAuthTag(body.subarray(body.length - tagBytes));
  try {
    return Buffer.concat([decipher.update(body.subarray(0, body.length - tagBytes)), decipher.final()]).toString("utf8");
  } catch {
    throw new UndecryptableFieldError("wrong key or context, or the ciphertext was altered");
  }
}

/** The id of the key a ciphertext was made with, to find rows still on an old key. */
export function keyIdOf(ciphertext: string): string | null {
  const [tag, keyId] = ciphertext.split(".");
  return tag === version && keyId ? keyId : null;
}

/** True when the ciphertext was made with an older key than the current one (re-encrypt it). */
export function needsReencryption(ciphertext: string, ring: KeyRing = activeKeyRing()): boolean {
  return keyIdOf(ciphertext) !== ring.current.id;
}
