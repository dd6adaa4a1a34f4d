// Plain-English labels for what the admin pages show (shared fixed values are in lib/domain/labels.ts).
import type { LawfulBasis } from "@/lib/generated/prisma/enums";

export type AgreementDisplayStatus = "DRAFT" | "ACTIVE" | "EXPIRED" | "ENDED";

export const agreementStatusLabels: Record<AgreementDisplayStatus, string> = {
  DRAFT: "Draft",
  ACTIVE: "Active",
  EXPIRED: "Expired",
  ENDED: "Ended",
};

export const lawfulBasisLabels: Record<LawfulBasis, string> = {
  CONSENT: "Consent",
  SAFEGUARDING: "Safeguarding",
  VITAL_INTERESTS: "Vital interests",
  PUBLIC_TASK: "Public task",
  LEGAL_OBLIGATION: "Legal obligation",
  PREVENTION_OF_CRIME: "Prevention or detection of crime",
};
