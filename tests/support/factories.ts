// Test data with unique names, so tests sharing one database never see each other's rows.
import { randomUUID } from "node:crypto";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/tests/support/owner-db";
import type { OrganisationStatus, OrganisationType, Role } from "@/lib/generated/prisma/enums";

export const testPassword = "correct horse battery staple";

export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

export async function createOrganisation(
  options: { type?: OrganisationType; status?: OrganisationStatus; name?: string } = {},
) {
  return db.organisation.create({
    data: {
      name: options.name ?? `Test organisation ${uniqueSuffix()}`,
      type: options.type ?? "LOCAL_AUTHORITY",
      status: options.status ?? "ACTIVE",
      joinedOn: new Date(Date.UTC(2024, 0, 1)),
    },
  });
}

let passwordHash: Promise<string> | undefined;

export async function createUser(
  options: { organisationId?: string; roles?: Role[]; deactivated?: boolean; email?: string } = {},
) {
  const organisationId = options.organisationId ?? (await createOrganisation()).id;
  passwordHash ??= hashPassword(testPassword);
  return db.user.create({
    data: {
      email: options.email ?? `user-${uniqueSuffix()}@test.goldenthread.org.uk`,
      name: `Test User ${uniqueSuffix()}`,
      passwordHash: await passwordHash,
      organisationId,
      deactivatedAt: options.deactivated ? new Date() : null,
      roles: { create: (options.roles ?? ["FRONTLINE_WORKER"]).map((role) => ({ role })) },
    },
  });
}
