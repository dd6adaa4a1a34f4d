// Labels the dashboards use beyond the shared ones (lib/domain/labels.ts).
import type { DeclineReason } from "@/lib/generated/prisma/enums";
import { declineReasonLabels as shared } from "@/lib/domain/labels";

/** Decline reasons, plus the summaries' bucket for declines recorded without one. */
export const declineReasonLabels: Record<DeclineReason | "NOT_RECORDED", string> = { ...shared, NOT_RECORDED: "No reason recorded" };
