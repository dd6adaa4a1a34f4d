// Which membership changes are possible from which organisation status (pure, unit tested).
import type { OrganisationStatus } from "@/lib/generated/prisma/enums";

export type MembershipChange = "activate" | "suspend" | "reinstate" | "leave";

const allowedFrom: Record<MembershipChange, readonly OrganisationStatus[]> = {
  // An invited organisation joins; one that left may rejoin.
  activate: ["INVITED", "LEFT"],
  suspend: ["ACTIVE"],
  reinstate: ["SUSPENDED"],
  leave: ["INVITED", "ACTIVE", "SUSPENDED"],
};

export const statusAfter: Record<MembershipChange, OrganisationStatus> = {
  activate: "ACTIVE",
  suspend: "SUSPENDED",
  reinstate: "ACTIVE",
  leave: "LEFT",
};

export function canChangeMembership(status: OrganisationStatus, change: MembershipChange): boolean {
  return allowedFrom[change].includes(status);
}

export function membershipChangesFrom(status: OrganisationStatus): MembershipChange[] {
  return (Object.keys(allowedFrom) as MembershipChange[]).filter((change) => canChangeMembership(status, change));
}

/** Changes after which the organisation's users can no longer sign in, so their sessions end. */
export function endsSessions(change: MembershipChange): boolean {
  return change === "suspend" || change === "leave";
}

export const membershipChangeLabels: Record<MembershipChange, string> = {
  activate: "Confirm membership",
  suspend: "Suspend",
  reinstate: "Reinstate",
  leave: "Mark as left",
};
