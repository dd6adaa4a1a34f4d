// Password hashing with argon2id (OWASP's first choice), parameters from OWASP's cheat sheet.
import { hash, verify } from "@node-rs/argon2";

const options = { algorithm: 2 /* Algorithm.Argon2id (a const enum, unusable with isolatedModules) */, memoryCost: 19456, timeCost: 2, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}
