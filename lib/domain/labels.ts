// Plain-English labels for the model's fixed values.
import type {
  CaseStatus,
  OrganisationStatus,
  OrganisationType,
  RiskLevel,
} from "@/lib/generated/prisma/enums";

export const organisationTypeLabels: Record<OrganisationType, string> = {
  LOCAL_AUTHORITY: "Local authority",
  NHS_TRUST: "NHS trust",
  PRIMARY_CARE: "Primary care / GP",
  MENTAL_HEALTH_TRUST: "Mental health trust",
  POLICE: "Police",
  PROBATION: "Probation",
  FIRE_AND_RESCUE: "Fire and rescue",
  HOUSING_PROVIDER: "Housing provider",
  JOBCENTRE_DWP: "Jobcentre / DWP",
  EDUCATION: "Education",
  VCSE: "Voluntary, community and social enterprise",
  UNIVERSITY: "University",
  OTHER: "Other",
};

export const organisationStatusLabels: Record<OrganisationStatus, string> = {
  INVITED: "Invited",
  ACTIVE: "Active",
  SUSPENDED: "Suspended",
  LEFT: "Left",
};

export const caseStatusLabels: Record<CaseStatus, string> = {
  OPEN: "Open",
  ACTIVE: "Active",
  ON_HOLD: "On hold",
  CLOSED: "Closed",
};

export const riskLevelLabels: Record<RiskLevel, string> = {
  LOW: "Low",
  MEDIUM: "Medium",
  HIGH: "High",
  VERY_HIGH: "Very high",
};
