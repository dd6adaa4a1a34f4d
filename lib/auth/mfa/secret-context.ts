// The encryption context of a user's authenticator secret: a ciphertext moved to another user's
// row does not decrypt (lib/crypto/field-encryption.ts).
export const totpSecretContext = (userId: string) => `totp-secret:${userId}`;
