// Plain-English labels for the model's fixed values: one typed table per enum, used by every
// page, form, export and dashboard, so a value is worded the same everywhere.
import type {
  ActionStatus,
  AuditOutcome,
  CaseStatus,
  ClosureReason,
  ConsentStatus,
  ContactKind,
  DeclineReason,
  HouseholdRelationship,
  LawfulBasis,
  NoteVisibility,
  OrganisationStatus,
  OrganisationType,
  ReferralStatus,
  ReferralUrgency,
  RiskLevel,
  TransferKind,
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

export const contactKindLabels: Record<ContactKind, string> = {
  VISIT: "Visit",
  CALL: "Call",
  MEETING: "Meeting",
  ASSESSMENT: "Assessment",
  INCIDENT: "Incident",
  NOTE: "Note",
};

export const noteVisibilityLabels: Record<NoteVisibility, string> = {
  ALL_INVOLVED: "All organisations in the team around the person",
  OWN_ORGANISATION: "My organisation only",
};

export const consentStatusLabels: Record<ConsentStatus, string> = {
  GIVEN: "Consent given",
  REFUSED: "Consent refused",
  WITHDRAWN: "Consent withdrawn",
  NOT_YET_ASKED: "Not yet asked",
};

export const lawfulBasisLabels: Record<LawfulBasis, string> = {
  SAFEGUARDING: "Safeguarding",
  VITAL_INTERESTS: "Vital interests",
  PUBLIC_TASK: "Public task",
  LEGAL_OBLIGATION: "Legal obligation",
  PREVENTION_OF_CRIME: "Prevention or detection of crime",
  CONSENT: "Consent",
};

export const referralUrgencyLabels: Record<ReferralUrgency, string> = {
  ROUTINE: "Routine",
  SOON: "Soon",
  URGENT: "Urgent",
};

export const referralStatusLabels: Record<ReferralStatus, string> = {
  PENDING: "Waiting for an answer",
  ACCEPTED: "Accepted",
  DECLINED: "Declined",
  WITHDRAWN: "Withdrawn",
};

export const declineReasonLabels: Record<DeclineReason, string> = {
  NOT_ELIGIBLE: "Not eligible for the service",
  NO_CAPACITY: "No capacity at present",
  ALREADY_SUPPORTED: "Already supported elsewhere",
  WRONG_SERVICE: "Wrong service",
  INSUFFICIENT_INFORMATION: "Not enough information",
  OTHER: "Other reason",
};

export const closureReasonLabels: Record<ClosureReason, string> = {
  OUTCOMES_ACHIEVED: "Outcomes achieved",
  NEEDS_MET_ELSEWHERE: "Needs met elsewhere",
  DISENGAGED: "Person disengaged",
  MOVED_AWAY: "Moved away",
  DIED: "Died",
  DUPLICATE: "Duplicate case",
  OTHER: "Other",
};

export const actionStatusLabels: Record<ActionStatus, string> = {
  OPEN: "Open",
  IN_PROGRESS: "In progress",
  DONE: "Done",
  CANCELLED: "Cancelled",
};

export const transferKindLabels: Record<TransferKind, string> = {
  LEAD_PROFESSIONAL: "Lead professional",
  LEAD_ORGANISATION: "Lead organisation",
};

export const auditOutcomeLabels: Record<AuditOutcome, string> = {
  ALLOWED: "Allowed",
  DENIED: "Denied",
  REFUSED: "Refused (nothing changed)",
};

export const householdRelationshipLabels: Record<HouseholdRelationship, string> = {
  HOUSEHOLDER: "Householder or tenant",
  PARTNER: "Partner",
  CHILD: "Child",
  PARENT: "Parent",
  GRANDPARENT: "Grandparent",
  SIBLING: "Brother or sister",
  OTHER_RELATIVE: "Other relative",
  NOT_RELATED: "Not related (for example, a lodger)",
};

/** A label table's entry for a stored value, or the value itself when it is not one of them. */
export function labelFor<K extends string>(labels: Record<K, string>, value: string | null | undefined): string {
  if (value === null || value === undefined) return "";
  return (labels as Record<string, string>)[value] ?? value;
}
