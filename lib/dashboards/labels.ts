// Plain-English labels the dashboards use for fixed values.
import type { DeclineReason } from "@/lib/generated/prisma/enums";

export const declineReasonLabels: Record<DeclineReason | "NOT_RECORDED", string> = {
  NOT_ELIGIBLE: "Not eligible",
  NO_CAPACITY: "No capacity",
  ALREADY_SUPPORTED: "Already supported elsewhere",
  WRONG_SERVICE: "Wrong service",
  INSUFFICIENT_INFORMATION: "Not enough information",
  OTHER: "Other reason",
  NOT_RECORDED: "No reason recorded",
};
