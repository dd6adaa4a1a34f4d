import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { decryptField, encryptField, keyIdOf, needsReencryption, UndecryptableFieldError } from "@/lib/crypto/field-encryption";
import { keyRingFromEnvironment, MissingEncryptionKeysError, parseKeyRing } from "@/lib/crypto/key-ring";

const key = () => randomBytes(32).toString("base64");
const oldKey = key();
const newKey = key();
const oldRing = parseKeyRing(`k1:${oldKey}`);
const rotatedRing = parseKeyRing(`k2:${newKey},k1:${oldKey}`);

describe("field encryption (AES-256-GCM with a key ring)", () => {
  it("gives back the plain text with the same context", () => {
    const sealed = encryptField("JBSWY3DPEHPK3PXP", "totp-secret:user-1", oldRing);
    expect(sealed).not.toContain("JBSWY3DPEHPK3PXP");
    expect(decryptField(sealed, "totp-secret:user-1", oldRing)).toBe("JBSWY3DPEHPK3PXP");
  });

  it("makes a different ciphertext each time (random IV)", () => {
    expect(encryptField("same", "c", oldRing)).not.toBe(encryptField("same", "c", oldRing));
  });

  it("refuses a ciphertext moved to another context (another user's row)", () => {
    const sealed = encryptField("secret", "totp-secret:user-1", oldRing);
    expect(() => decryptField(sealed, "totp-secret:user-2", oldRing)).toThrow(UndecryptableFieldError);
  });

  it("refuses an altered ciphertext", () => {
    const sealed = encryptField("secret", "c", oldRing);
    const parts = sealed.split(".");
    const body = Buffer.from(parts[3], "base64url");
    body[0] ^= 1;
    parts[3] = body.toString("base64url");
    expect(() => decryptField(parts.join("."), "c", oldRing)).toThrow(UndecryptableFieldError);
  });

  it("after rotation writes with the newest key and still reads the old key's ciphertexts", () => {
    const before = encryptField("kept", "c", oldRing);
    expect(keyIdOf(before)).toBe("k1");
    expect(decryptField(before, "c", rotatedRing)).toBe("kept");
    expect(needsReencryption(before, rotatedRing)).toBe(true);
    const after = encryptField("kept", "c", rotatedRing);
    expect(keyIdOf(after)).toBe("k2");
    expect(needsReencryption(after, rotatedRing)).toBe(false);
  });

  it("cannot read a ciphertext whose key has left the ring", () => {
    const sealed = encryptField("gone", "c", rotatedRing);
    expect(() => decryptField(sealed, "c", oldRing)).toThrow(/key "k2" is not on the key ring/);
  });

  it("refuses keys that are not 256 bits, ids that are missing or repeated, and an empty ring", () => {
    expect(() => parseKeyRing(`k1:${randomBytes(16).toString("base64")}`)).toThrow(MissingEncryptionKeysError);
    expect(() => parseKeyRing(`:${key()}`)).toThrow(MissingEncryptionKeysError);
    expect(() => parseKeyRing(`k1:${key()},k1:${key()}`)).toThrow(MissingEncryptionKeysError);
    expect(() => parseKeyRing(" , ")).toThrow(MissingEncryptionKeysError);
  });

  it("refuses to run in production without keys", () => {
    expect(() => keyRingFromEnvironment({ NODE_ENV: "production" })).toThrow(MissingEncryptionKeysError);
    expect(keyRingFromEnvironment({ NODE_ENV: "production", FIELD_ENCRYPTION_KEYS: `p1:${key()}` }).current.id).toBe("p1");
  });
});
