// One user as admin lists show them, read the same way wherever users are listed: name, email,
// job title, roles, and whether they are deactivated or have not yet set a password.
import type { Role } from "@/lib/generated/prisma/enums";

export const userSummarySelect = {
  id: true,
  name: true,
  email: true,
  jobTitle: true,
  deactivatedAt: true,
  passwordHash: true,
  roles: { select: { role: true } },
} as const;

export type UserSummary = {
  id: string;
  name: string;
  email: string;
  jobTitle: string | null;
  roles: Role[];
  deactivated: boolean;
  awaitingPassword: boolean;
};

type SelectedUser = {
  id: string;
  name: string;
  email: string;
  jobTitle: string | null;
  deactivatedAt: Date | null;
  passwordHash: string | null;
  roles: { role: Role }[];
};

/** The password hash is read only to say whether one is set; it never leaves this function. */
export function toUserSummary(user: SelectedUser): UserSummary {
  return {
    id: user.id,
    name: user.name,
    email: user.email,
    jobTitle: user.jobTitle,
    roles: [...new Set(user.roles.map((r) => r.role))],
    deactivated: user.deactivatedAt !== null,
    awaitingPassword: user.passwordHash === null,
  };
}
