// The account page's session controls: list my sessions, sign one out, sign out everywhere else.
import { describe, expect, it } from "vitest";
import { endMyOtherSessions, endMySession } from "@/lib/account/end-my-sessions";
import { mySessions } from "@/lib/account/my-sessions";
import { actorFromSession } from "@/lib/auth/actor";
import { endSession } from "@/lib/auth/end-session";
import { db } from "@/tests/support/owner-db";
import { actorFor } from "../../support/case-factories";
import { createUser } from "../../support/factories";
import { createSession } from "../../support/sessions";

async function userWithSessions(count: number) {
  const user = await createUser();
  const sessions = [];
  for (let i = 0; i < count; i += 1) sessions.push(await createSession(user.id));
  const actor = { ...(await actorFor(user.id)), sessionId: sessions[0].sessionId };
  return { user, sessions, actor };
}

describe("my sessions", () => {
  it("lists my open sessions with device and address, this one first, and not other people's or ended ones", async () => {
    const { sessions, actor } = await userWithSessions(3);
    await createSession((await createUser()).id);
    await endSession(sessions[2], "signed out", null);
    const listed = await mySessions(actor);
    expect(listed.map((s) => s.id)).toEqual([sessions[0].sessionId, sessions[1].sessionId]);
    expect(listed[0]).toMatchObject({ current: true, device: "Firefox on Linux", address: "192.0.2.1" });
  });

  it("signing out ends the session on the server, so the saved token opens nothing", async () => {
    const { sessions } = await userWithSessions(1);
    await endSession(sessions[0], "signed out", "192.0.2.9");
    expect(await actorFromSession(sessions[0])).toBeNull();
    expect(await db.auditEvent.findFirst({ where: { action: "auth.session.end", recordId: sessions[0].sessionId } })).toMatchObject({ reasons: ["signed out"], ipAddress: "192.0.2.9" });
  });

  it("signs out one other session, and refuses (audited) a session that is not mine", async () => {
    const { sessions, actor } = await userWithSessions(2);
    expect(await endMySession(actor, sessions[1].sessionId, "192.0.2.1")).toBe(true);
    expect(await actorFromSession(sessions[1])).toBeNull();
    expect(await actorFromSession(sessions[0])).not.toBeNull();
    const someoneElse = await createSession((await createUser()).id);
    expect(await endMySession(actor, someoneElse.sessionId, "192.0.2.1")).toBe(false);
    expect(await actorFromSession(someoneElse)).not.toBeNull();
    expect(await db.auditEvent.findFirst({ where: { action: "auth.session.end", recordId: someoneElse.sessionId } })).toMatchObject({ outcome: "DENIED" });
  });

  it("signs out everywhere else, keeping this session", async () => {
    const { sessions, actor } = await userWithSessions(3);
    expect(await endMyOtherSessions(actor, "192.0.2.1")).toBe(2);
    expect(await actorFromSession(sessions[0])).not.toBeNull();
    expect(await actorFromSession(sessions[1])).toBeNull();
    expect(await actorFromSession(sessions[2])).toBeNull();
  });
});
