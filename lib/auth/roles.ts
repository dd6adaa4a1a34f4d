// The roles and what each may do, in one typed table (permissions, not role checks,
// are what pages and actions ask for).
import type { Role } from "@/lib/generated/prisma/enums";

export const roleLabels: Record<Role, string> = {
  FRONTLINE_WORKER: "Frontline worker",
  LOCALITY_LEAD: "Locality lead",
  PARTNERSHIP_ADMIN: "Partnership admin",
  SUPERVISOR: "Supervisor",
  BUDGET_HOLDER: "Budget holder",
  BOARD_MEMBER: "Partnership board member",
  DATA_PROTECTION_OFFICER: "Data-protection officer",
};

export const permissionsByRole = {
  // Workers see their own team's neighbourhood dashboard; admins see places partnership-wide
  // (aggregates only, never case content).
  FRONTLINE_WORKER: ["cases.work", "places.own-neighbourhood"],
  LOCALITY_LEAD: ["places.view"],
  PARTNERSHIP_ADMIN: ["admin.manage", "audit.read", "places.view"],
  SUPERVISOR: ["cases.supervise"],
  BUDGET_HOLDER: ["budgets.hold"],
  BOARD_MEMBER: ["barriers.board"],
  DATA_PROTECTION_OFFICER: ["records.protect"],
} as const satisfies Record<Role, readonly string[]>;

export type Permission = (typeof permissionsByRole)[Role][number];

export function hasPermission(roles: readonly Role[], permission: Permission): boolean {
  return roles.some((role) => (permissionsByRole[role] as readonly string[]).includes(permission));
}

/** Where each role lands after sign-in, in order of precedence for people holding several. */
export const homeByRole: Record<Role, string> = {
  FRONTLINE_WORKER: "/work",
  LOCALITY_LEAD: "/places",
  PARTNERSHIP_ADMIN: "/admin/organisations",
  SUPERVISOR: "/supervision",
  BUDGET_HOLDER: "/budgets",
  BOARD_MEMBER: "/barriers/board",
  DATA_PROTECTION_OFFICER: "/records",
};

const rolePrecedence: Role[] = [
  "FRONTLINE_WORKER",
  "LOCALITY_LEAD",
  "PARTNERSHIP_ADMIN",
  "SUPERVISOR",
  "BUDGET_HOLDER",
  "BOARD_MEMBER",
  "DATA_PROTECTION_OFFICER",
];

export function homeFor(roles: readonly Role[]): string {
  const role = rolePrecedence.find((r) => roles.includes(r));
  return role ? homeByRole[role] : "/no-role";
}
