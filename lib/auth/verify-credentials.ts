// Checks an email and password for sign-in. Every failure looks the same to the caller, so the
// response never tells whether an account exists; the audit trail records the real reason.
import "server-only";
import { writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { hashPassword, verifyPassword } from "./password";
import { signInSchema } from "./schemas";
import { isSignInThrottled } from "./throttle";

export type VerifiedUser = { id: string; name: string; email: string; sessionVersion: number };
export type CredentialsCheck = { ok: true; user: VerifiedUser } | { ok: false; throttled: boolean };

// Verifying against a dummy hash when the account is missing keeps the timing alike.
const dummyHash = hashPassword("not-a-real-password-for-timing");

export async function verifyCredentials(
  input: unknown,
  ipAddress: string,
): Promise<CredentialsCheck> {
  const parsed = signInSchema.safeParse(input);
  if (!parsed.success) return { ok: false, throttled: false };
  const { email, password } = parsed.data;

  if (await isSignInThrottled(db, email, ipAddress)) {
    await writeAuditEvent(db, {
      actor: { userId: null, organisationId: null, roles: [] },
      action: "auth.sign-in",
      outcome: "DENIED",
      reasons: ["throttled: too many failed attempts"],
      ipAddress,
    });
    return { ok: false, throttled: true };
  }

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

  await db.$transaction(async (tx) => {
    await tx.signInAttempt.create({ data: { email, ipAddress, succeeded: refusal === null } });
    if (user && refusal === null) {
      await tx.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
    }
    await writeAuditEvent(tx, {
      actor: {
        userId: user?.id ?? null,
        organisationId: user?.organisation.id ?? null,
        roles: user?.roles.map((r) => r.role) ?? [],
      },
      action: "auth.sign-in",
      outcome: refusal === null ? "ALLOWED" : "DENIED",
      recordType: "User",
      ...(user ? { recordId: user.id } : {}),
      reasons: refusal === null ? ["password verified"] : [refusal],
      ipAddress,
    });
  });

  if (!user || refusal !== null) return { ok: false, throttled: false };
  return {
    ok: true,
    user: { id: user.id, name: user.name, email: user.email, sessionVersion: user.sessionVersion },
  };
}
