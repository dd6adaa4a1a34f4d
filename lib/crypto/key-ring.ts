// The field-encryption key ring: keys with ids, so keys can rotate (new writes use the newest,
// older ciphertexts stay readable while their key is on the ring). Keys come from
// FIELD_ENCRYPTION_KEYS (README, "Encryption keys"); in development one is generated once and
// kept in the git-ignored .data folder, as scripts/dev-auth-secret.ts does for AUTH_SECRET.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export type KeyRing = { current: { id: string; key: Buffer }; byId: ReadonlyMap<string, Buffer> };

export class MissingEncryptionKeysError extends Error {
  constructor(detail: string) {
    super(
      `FIELD_ENCRYPTION_KEYS ${detail}. In production Golden Thread needs at least one 256-bit key, e.g. ` +
        `FIELD_ENCRYPTION_KEYS=k1:$(openssl rand -base64 32). List the newest key first to rotate.`,
    );
    this.name = "MissingEncryptionKeysError";
  }
}

const keyIdPattern = /^[A-Za-z0-9_-]{1,32}$/;

/** Parses "id:base64key,id:base64key" (newest first). */
export function parseKeyRing(text: string): KeyRing {
  const entries = text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const colon = part.indexOf(":");
      const id = part.slice(0, colon);
      const key = Buffer.from(part.slice(colon + 1), "base64");
      if (colon < 1 || !keyIdPattern.test(id)) throw new MissingEncryptionKeysError(`has a key without a valid id ("${id}")`);
      if (key.length !== 32) throw new MissingEncryptionKeysError(`key "${id}" is not 32 bytes of base64`);
      return [id, key] as const;
    });
  if (entries.length === 0) throw new MissingEncryptionKeysError("is empty");
  const byId = new Map(entries);
  if (byId.size !== entries.length) throw new MissingEncryptionKeysError("names one key id twice");
  return { current: { id: entries[0][0], key: entries[0][1] }, byId };
}

const developmentKeyFile = path.resolve(".data/field-encryption-keys");

function developmentKeys(): string {
  if (existsSync(developmentKeyFile)) return readFileSync(developmentKeyFile, "utf8").trim();
  const keys = `dev1:${randomBytes(32).toString("base64")}`;
  mkdirSync(path.dirname(developmentKeyFile), { recursive: true });
  writeFileSync(developmentKeyFile, keys, { mode: 0o600 });
  return keys;
}

/** The key ring from the environment; outside production, the development key in .data/. */
export function keyRingFromEnvironment(env: Record<string, string | undefined> = process.env): KeyRing {
  if (env.FIELD_ENCRYPTION_KEYS) return parseKeyRing(env.FIELD_ENCRYPTION_KEYS);
  if (env.NODE_ENV === "production") throw new MissingEncryptionKeysError("is not set");
  return parseKeyRing(developmentKeys());
}

let cached: KeyRing | undefined;

export function activeKeyRing(): KeyRing {
  cached ??= keyRingFromEnvironment();
  return cached;
}
