// A browser that has completed a sign-in keeps a random id in a cookie; the database keeps its
// SHA-256 per user. Sign-ins from a known device are not held up by failures elsewhere on the
// account, so an attacker guessing a password cannot stop the real user signing in.
import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { cookies } from "next/headers";
import type { Tx } from "@/lib/db/create-client";

export const deviceCookieName = "gt_device";
const oneYearSeconds = 365 * 24 * 60 * 60;

export function deviceHashOf(deviceId: string): string {
  return createHash("sha256").update(`device:${deviceId}`, "utf8").digest("hex");
}

/** The device cookie's hash from a request's Cookie header, or null. */
export function deviceHashFromCookies(cookieHeader: string | null): string | null {
  const match = (cookieHeader ?? "").match(new RegExp(`(?:^|;\\s*)${deviceCookieName}=([A-Za-z0-9_-]{43})(?:;|$)`));
  return match ? deviceHashOf(match[1]) : null;
}

export async function isKnownDevice(client: Tx, userId: string, deviceHash: string | null): Promise<boolean> {
  if (!deviceHash) return false;
  return (await client.knownDevice.count({ where: { userId, deviceHash } })) > 0;
}

/** After a completed sign-in (in a server action): keeps or sets the cookie and remembers it. */
export async function rememberThisDevice(client: Tx, userId: string): Promise<void> {
  const jar = await cookies();
  let deviceId = jar.get(deviceCookieName)?.value;
  if (!deviceId || !/^[A-Za-z0-9_-]{43}$/.test(deviceId)) {
    deviceId = randomBytes(32).toString("base64url");
    jar.set(deviceCookieName, deviceId, {
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production" && process.env.PORTAL_URL?.startsWith("https:") === true,
      path: "/",
      maxAge: oneYearSeconds,
    });
  }
  const deviceHash = deviceHashOf(deviceId);
  await client.knownDevice.upsert({
    where: { deviceHash_userId: { deviceHash, userId } },
    create: { deviceHash, userId },
    update: { lastSeenAt: new Date() },
  });
}
