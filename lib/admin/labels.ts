// Plain-English labels for what the admin pages show (shared fixed values are in lib/domain/labels.ts).

export type AgreementDisplayStatus = "DRAFT" | "ACTIVE" | "EXPIRED" | "ENDED";

export const agreementStatusLabels: Record<AgreementDisplayStatus, string> = {
  DRAFT: "Draft",
  ACTIVE: "Active",
  EXPIRED: "Expired",
  ENDED: "Ended",
};
