// A server-side session stops working at the next request when it is revoked, when the user or
// their organisation changes, past the idle or absolute limit — and a session that has passed
// only its password stands for nobody in the portal.
import { describe, expect, it } from "vitest";
import { actorFromSession, sessionState } from "@/lib/auth/actor";
import { revokeUserSessions } from "@/lib/auth/revoke-sessions";
import { absoluteLimitMs, idleLimitMs, lastSeenGranularityMs, secondStepLimitMs } from "@/lib/auth/session-policy";
import { db } from "@/tests/support/owner-db";
import { createOrganisation, createUser } from "./../support/factories";
import { createSession } from "./../support/sessions";

async function signedIn(options: { secondStep?: boolean } = {}) {
  const organisation = await createOrganisation();
  const user = await createUser({ organisationId: organisation.id });
  const now = new Date();
  return { user, organisation, now, claims: await createSession(user.id, { ...options, now }) };
}

const later = (now: Date, ms: number) => new Date(now.getTime() + ms);

describe("a signed-in session", () => {
  it("stands for the user, their organisation and roles while nothing has changed", async () => {
    const { user, organisation, claims } = await signedIn();
    expect(await actorFromSession(claims)).toMatchObject({ userId: user.id, organisation: { id: organisation.id }, roles: ["FRONTLINE_WORKER"], sessionId: claims.sessionId });
  });

  it("stands for nobody before its second step: requireActor's check refuses a password-only session", async () => {
    const { claims } = await signedIn({ secondStep: false });
    expect(await actorFromSession(claims)).toBeNull();
    expect(await sessionState(claims)).toMatchObject({ stage: "second-step", session: { sessionId: claims.sessionId } });
  });

  it("ends when its second step is not completed within the limit", async () => {
    const { claims, now } = await signedIn({ secondStep: false });
    expect((await sessionState(claims, { now: later(now, secondStepLimitMs + 1) })).stage).toBe("none");
    const row = await db.userSession.findUniqueOrThrow({ where: { id: claims.sessionId } });
    expect(row.revokedReason).toBe("second step not completed in time");
  });

  it("refuses a token whose session id belongs to another user", async () => {
    const { claims } = await signedIn();
    const other = await createUser();
    expect(await actorFromSession({ sessionId: claims.sessionId, userId: other.id })).toBeNull();
  });

  it("ends when revoked (sign-out, sign out everywhere), with the reason kept and audited", async () => {
    const { user, claims } = await signedIn();
    await revokeUserSessions(db, user.id, "signed out everywhere else");
    expect(await actorFromSession(claims)).toBeNull();
    const row = await db.userSession.findUniqueOrThrow({ where: { id: claims.sessionId } });
    expect(row).toMatchObject({ revokedAt: expect.any(Date), revokedReason: "signed out everywhere else" });
  });

  it("ends when the user is deactivated, and the session row records why", async () => {
    const { user, claims } = await signedIn();
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await actorFromSession(claims)).toBeNull();
    expect((await db.userSession.findUniqueOrThrow({ where: { id: claims.sessionId } })).revokedReason).toBe("user deactivated");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "auth.session.end", recordId: claims.sessionId } });
    expect(audit.reasons).toEqual(["user deactivated"]);
  });

  it.each(["SUSPENDED", "LEFT"] as const)("ends when the organisation is %s", async (status) => {
    const { organisation, claims } = await signedIn();
    await db.organisation.update({ where: { id: organisation.id }, data: { status } });
    expect(await actorFromSession(claims)).toBeNull();
  });

  it("ends when the user's password, roles or organisation change (sessionVersion bumped)", async () => {
    const { user, claims } = await signedIn();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await actorFromSession(claims)).toBeNull();
  });

  it("ends after 30 idle minutes, and activity moves the idle limit on", async () => {
    const { claims, now } = await signedIn();
    expect(await actorFromSession(claims, later(now, idleLimitMs - 60_000))).not.toBeNull();
    // That request was activity: 29 minutes after it the session is still good.
    expect(await actorFromSession(claims, later(now, 2 * idleLimitMs - 2 * 60_000))).not.toBeNull();
    expect(await actorFromSession(claims, later(now, 3 * idleLimitMs))).toBeNull();
  });

  it("writes last seen at most once a minute, and the status check does not count as activity", async () => {
    const { claims, now } = await signedIn();
    await actorFromSession(claims, later(now, lastSeenGranularityMs / 2));
    expect((await db.userSession.findUniqueOrThrow({ where: { id: claims.sessionId } })).lastSeenAt).toEqual(now);
    await sessionState(claims, { now: later(now, 5 * 60_000), touch: false });
    expect((await db.userSession.findUniqueOrThrow({ where: { id: claims.sessionId } })).lastSeenAt).toEqual(now);
    await actorFromSession(claims, later(now, 5 * 60_000));
    expect((await db.userSession.findUniqueOrThrow({ where: { id: claims.sessionId } })).lastSeenAt).toEqual(later(now, 5 * 60_000));
  });

  it("ends after the absolute lifetime, however active", async () => {
    const { claims, now } = await signedIn();
    for (let minutes = 25; minutes < absoluteLimitMs / 60_000; minutes += 25) {
      expect(await actorFromSession(claims, later(now, minutes * 60_000))).not.toBeNull();
    }
    expect(await actorFromSession(claims, later(now, absoluteLimitMs + 1))).toBeNull();
  });
});
