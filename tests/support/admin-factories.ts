// Test data for the partnership admin tests: admins and other actors as requireActor() builds
// them, places with wards, and form input shapes. Everything is uniquely named.
import { db } from "@/tests/support/owner-db";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { actorFor, createPlace } from "./case-factories";
import { createOrganisation, createUser, uniqueSuffix } from "./factories";
import { createSession } from "./sessions";

/** An admin signed in with a session that has just re-authenticated (role and MFA changes need it). */
export async function createAdmin(options: { reauthenticated?: boolean } = {}): Promise<Actor> {
  const organisation = await createOrganisation({ type: "OTHER" });
  const user = await createUser({ organisationId: organisation.id, roles: ["PARTNERSHIP_ADMIN"] });
  const { sessionId } = await createSession(user.id, { reauthenticated: options.reauthenticated ?? true });
  return { ...(await actorFor(user.id)), sessionId };
}

/** Someone signed in without the admin role, to prove every admin command refuses them. */
export async function createNonAdmin(roles: Role[] = ["FRONTLINE_WORKER"]): Promise<Actor> {
  const user = await createUser({ roles });
  return actorFor(user.id);
}

export const noDate = { day: "", month: "", year: "" };

export function datePartsIn(days: number) {
  const date = new Date(Date.now() + days * 86_400_000);
  return { day: String(date.getUTCDate()), month: String(date.getUTCMonth() + 1), year: String(date.getUTCFullYear()) };
}

/** A locality with one neighbourhood and `wards` wards in no neighbourhood yet. */
export async function createPlaceWithWards(wards = 3) {
  const place = await createPlace();
  const codes: string[] = [];
  for (let i = 0; i < wards; i += 1) {
    const code = `W${uniqueSuffix()}`.toUpperCase();
    await db.ward.create({ data: { code, name: `Ward ${code}`, localityId: place.locality.id } });
    codes.push(code);
  }
  return { ...place, wardCodes: codes };
}

export function uniqueEmail(prefix = "admin-test"): string {
  return `${prefix}-${uniqueSuffix()}@test.goldenthread.org.uk`;
}

