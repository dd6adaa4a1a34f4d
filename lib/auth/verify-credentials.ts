// Checks an email and password for sign-in and, when they are right, starts a server-side
// session that still needs its second step. Every failure looks the same to the caller, so the
// response never tells whether an account exists; the audit trail records the real reason.
import "server-only";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { isKnownDevice } from "./known-device";
import { hashPassword, verifyPassword } from "./password";
import { signInSchema } from "./schemas";
import { startSession } from "./start-session";
import { signInThrottle } from "./throttle";

export type SignInContext = { ipAddress: string; userAgent: string; deviceHash: string | null };
export type CredentialsCheck =
  | { ok: true; user: { id: string; name: string; email: string }; sessionId: string }
  | { ok: false; retryAt: Date | null };

// Verifying against a dummy hash when the account is missing keeps the timing alike.
const dummyHash = hashPassword("not-a-real-password-for-timing");

export async function verifyCredentials(input: unknown, context: SignInContext, now = new Date()): Promise<CredentialsCheck> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, retryAt: null };
  const { email, password } = parsed.data;

  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      name: true,
      email: true,
      passwordHash: true,
      deactivatedAt: true,
      sessionVersion: true,
      organisation: { select: { id: true, status: true } },
      roles: { select: { role: true } },
    },
  });
  const knownDevice = user ? await isKnownDevice(db, user.id, context.deviceHash) : false;
  const auditActor = {
    userId: user?.id ?? null,
    organisationId: user?.organisation.id ?? null,
    roles: user?.roles.map((r) => r.role) ?? [],
  };
  const record = user ? { recordType: "User", recordId: user.id } : {};

  const throttle = await signInThrottle(db, { email, ipAddress: context.ipAddress, deviceHash: context.deviceHash, knownDevice }, now);
  if (!throttle.allowed) {
    await writeAuditEvent(db, { actor: auditActor, action: "auth.sign-in", outcome: "DENIED", ...record, reasons: [throttle.reason], ipAddress: context.ipAddress });
    return { ok: false, retryAt: throttle.retryAt };
  }

  const passwordOk = await verifyPassword(user?.passwordHash ?? (await dummyHash), password);
  const refusal = !user
    ? "no such account"
    : !passwordOk
      ? "wrong password"
      : user.deactivatedAt
        ? "user deactivated"
        : user.organisation.status !== "ACTIVE"
          ? `organisation ${user.organisation.status.toLowerCase()}`
          : null;

  const sessionId = await db.$transaction(async (tx) => {
    await tx.signInAttempt.create({
      data: { email, ipAddress: context.ipAddress, deviceHash: knownDevice ? context.deviceHash : null, succeeded: refusal === null },
    });
    await writeAuditEvent(tx, {
      actor: auditActor,
      action: "auth.sign-in",
      outcome: refusal === null ? "ALLOWED" : "DENIED",
      ...record,
      reasons: refusal === null ? ["password verified", "second step required"] : [refusal],
      ipAddress: context.ipAddress,
      ...(refusal === null ? { details: { knownDevice } } : {}),
    });
    if (!user || refusal !== null) return null;
    return startSession(tx, { userId: user.id, userSessionVersion: user.sessionVersion, userAgent: context.userAgent, clientAddress: context.ipAddress, now });
  });

  if (!user || sessionId === null) return { ok: false, retryAt: null };
  return { ok: true, user: { id: user.id, name: user.name, email: user.email }, sessionId };
}
