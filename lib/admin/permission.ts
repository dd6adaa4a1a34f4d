// Every admin command and query checks the caller's permission itself, whatever the page or
// action in front of it already checked: a server action is a public endpoint.
import type { Role } from "@/lib/generated/prisma/enums";
import { hasPermission, type Permission } from "@/lib/auth/roles";

export class NotPermittedError extends Error {
  constructor(readonly permission: Permission) {
    super(`The caller does not have the "${permission}" permission`);
    this.name = "NotPermittedError";
  }
}

export function assertPermitted(actor: { roles: readonly Role[] }, permission: Permission = "admin.manage"): void {
  if (!hasPermission(actor.roles, permission)) throw new NotPermittedError(permission);
}
