// How a person's NHS number is stored: encrypted (AES-256-GCM, lib/crypto/field-encryption.ts,
// bound to the person's row, so a ciphertext copied to another person does not decrypt) with a
// keyed lookup hash beside it for exact matching (lib/crypto/lookup-hash.ts). The clear number
// exists only in memory, for those who may see the person.
import { decryptField, encryptField } from "@/lib/crypto/field-encryption";
import { lookupHash } from "@/lib/crypto/lookup-hash";

const context = (personId: string) => `nhs-number:${personId}`;

/** The stored form of a (normalised, 10-digit) NHS number for the person. */
export function sealNhsNumber(personId: string, nhsNumber: string | null): { nhsNumberCiphertext: string | null; nhsNumberHash: string | null } {
  if (!nhsNumber) return { nhsNumberCiphertext: null, nhsNumberHash: null };
  return { nhsNumberCiphertext: encryptField(nhsNumber, context(personId)), nhsNumberHash: nhsNumberLookup(nhsNumber) };
}

export function openNhsNumber(personId: string, ciphertext: string | null): string | null {
  return ciphertext ? decryptField(ciphertext, context(personId)) : null;
}

/** What a stored number's lookup hash would be: for "is this number on file?". */
export function nhsNumberLookup(nhsNumber: string): string {
  return lookupHash("nhs-number", nhsNumber);
}
