// Auth.js needs AUTH_SECRET even in development. For local runs one is generated once and kept
// in the git-ignored .data folder, so sessions survive restarts; production must set its own.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const secretFile = path.resolve(".data/auth-secret");

export async function developmentAuthSecret(): Promise<string> {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  if (existsSync(secretFile)) return (await readFile(secretFile, "utf8")).trim();
  const secret = randomBytes(32).toString("base64url");
  await mkdir(path.dirname(secretFile), { recursive: true });
  await writeFile(secretFile, secret, { mode: 0o600 });
  return secret;
}
