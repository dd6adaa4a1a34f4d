// Plain-English labels for the barrier model's fixed values (one table per enum).
import type { BarrierCategory, BarrierEventKind, BarrierStatus, EscalationLevel } from "@/lib/generated/prisma/enums";

export const barrierCategoryLabels: Record<BarrierCategory, string> = {
  RULE: "Rule or policy",
  SYSTEM: "IT system",
  BUDGET: "Budget",
  DATA_SHARING: "Data sharing",
  WORKFORCE: "Workforce",
  PREMISES: "Premises",
  OTHER: "Other",
};

export const barrierStatusLabels: Record<BarrierStatus, string> = {
  RAISED: "Raised",
  ACCEPTED: "Accepted",
  IN_ACTION: "In action",
  RESOLVED: "Resolved",
  CLOSED_UNRESOLVED: "Cannot be resolved",
};

export const escalationLevelLabels: Record<EscalationLevel, string> = {
  NEIGHBOURHOOD: "Neighbourhood",
  LOCALITY: "Locality",
  PARTNERSHIP_BOARD: "Partnership board",
};

/** What each history entry says happened. */
export const barrierEventLabels: Record<BarrierEventKind, string> = {
  RAISED: "Raised",
  EDITED: "Details changed",
  CASE_LINKED: "Case linked",
  ACCEPTED: "Accepted",
  ACTION_ADDED: "Action agreed",
  ACTION_UPDATED: "Action updated",
  COMMENTED: "Comment",
  ESCALATED: "Escalated",
  RESOLVED: "Resolved",
  CLOSED_UNRESOLVED: "Closed: cannot be resolved",
};

export function formatBarrierReference(number: number): string {
  return `BR-${String(number).padStart(6, "0")}`;
}
