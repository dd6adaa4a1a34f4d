// A keyed hash (HMAC-SHA256) for finding an encrypted field by its exact value without storing
// the value: the NHS number is kept encrypted, and its lookup hash lets the duplicate check and
// search ask "is this NHS number on file?". Keyed, so the 10-digit space cannot be hashed
// through by whoever reads the table. The key (FIELD_LOOKUP_KEY) does not rotate with the
// encryption keys: changing it means re-hashing every row (README, "Encryption keys").
import { createHmac, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

export class MissingLookupKeyError extends Error {
  constructor(detail: string) {
    super(
      `FIELD_LOOKUP_KEY ${detail}. In production Golden Thread needs a 256-bit key for the NHS number lookup, e.g. ` +
        "FIELD_LOOKUP_KEY=$(openssl rand -base64 32). Keep it with the encryption keys; it must not change once data is stored.",
    );
    this.name = "MissingLookupKeyError";
  }
}

const developmentKeyFile = path.resolve(".data/field-lookup-key");

function developmentKey(): string {
  if (existsSync(developmentKeyFile)) return readFileSync(developmentKeyFile, "utf8").trim();
  const key = randomBytes(32).toString("base64");
  mkdirSync(path.dirname(developmentKeyFile), { recursive: true });
  writeFileSync(developmentKeyFile, key, { mode: 0o600 });
  return key;
}

export function lookupKeyFromEnvironment(env: Record<string, string | undefined> = process.env): Buffer {
  const text = env.FIELD_LOOKUP_KEY ?? (env.NODE_ENV === "production" ? undefined : developmentKey());
  if (!text) throw new MissingLookupKeyError("is not set");
  const key = Buffer.from(text, "base64");
  if (key.length < 32) throw new MissingLookupKeyError("is shorter than 32 bytes of base64");
  return key;
}

let cached: Buffer | undefined;

/** The lookup hash of a value for one purpose ("nhs-number"), base64url. */
export function lookupHash(purpose: string, value: string, key: Buffer = (cached ??= lookupKeyFromEnvironment())): string {
  return createHmac("sha256", key).update(`${purpose}\u0000${value}`).digest("base64url");
}
