// The life of a shared case: open → active → on hold → closed, and reopening with a reason.
import type { CaseStatus } from "@/lib/generated/prisma/enums";

const allowed: Record<CaseStatus, CaseStatus[]> = {
  OPEN: ["ACTIVE", "ON_HOLD", "CLOSED"],
  ACTIVE: ["ON_HOLD", "CLOSED"],
  ON_HOLD: ["ACTIVE", "CLOSED"],
  CLOSED: ["OPEN"],
};

export function nextStatuses(current: CaseStatus): CaseStatus[] {
  return allowed[current];
}

export function canMoveTo(current: CaseStatus, next: CaseStatus): boolean {
  return allowed[current].includes(next);
}

/** Reopening a closed case needs a reason, so the record says why it came back. */
export function needsReason(current: CaseStatus, next: CaseStatus): boolean {
  return current === "CLOSED" && next === "OPEN";
}
