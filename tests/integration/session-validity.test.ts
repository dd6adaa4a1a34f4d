// Existing sessions stop working at the next request when the user or their organisation
// changes, and after the absolute session lifetime.
import { describe, expect, it } from "vitest";
import { actorFromSession } from "@/lib/auth/actor";
import { sessionAbsoluteLimitMs } from "@/lib/auth/auth";
import { db } from "@/tests/support/owner-db";
import { createOrganisation, createUser } from "./../support/factories";

async function session() {
  const organisation = await createOrganisation();
  const user = await createUser({ organisationId: organisation.id });
  return { user, organisation, claims: { userId: user.id, sessionVersion: user.sessionVersion, signedInAt: Date.now() } };
}

describe("a signed-in session", () => {
  it("stands for the user, their organisation and roles while nothing has changed", async () => {
    const { user, organisation, claims } = await session();
    expect(await actorFromSession(claims)).toMatchObject({ userId: user.id, organisation: { id: organisation.id }, roles: ["FRONTLINE_WORKER"] });
  });

  it("ends when the user is deactivated", async () => {
    const { user, claims } = await session();
    await db.user.update({ where: { id: user.id }, data: { deactivatedAt: new Date() } });
    expect(await actorFromSession(claims)).toBeNull();
  });

  it.each(["SUSPENDED", "LEFT"] as const)("ends when the organisation is %s", async (status) => {
    const { organisation, claims } = await session();
    await db.organisation.update({ where: { id: organisation.id }, data: { status } });
    expect(await actorFromSession(claims)).toBeNull();
  });

  it("ends when the user's sessions are revoked (password, roles or organisation changed)", async () => {
    const { user, claims } = await session();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await actorFromSession(claims)).toBeNull();
  });

  it("ends after the absolute lifetime, however active", async () => {
    const { claims } = await session();
    expect(await actorFromSession(claims, claims.signedInAt + sessionAbsoluteLimitMs + 1)).toBeNull();
    expect(await actorFromSession(claims, claims.signedInAt + sessionAbsoluteLimitMs - 60_000)).not.toBeNull();
  });
});
