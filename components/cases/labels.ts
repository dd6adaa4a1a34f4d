// Choice lists for the case forms, in plain English.
import type { Choice } from "@/components/ui/choice-group";

export const contactKindChoices: Choice[] = [
  { value: "VISIT", label: "Visit" },
  { value: "CALL", label: "Call" },
  { value: "MEETING", label: "Meeting" },
  { value: "ASSESSMENT", label: "Assessment" },
  { value: "INCIDENT", label: "Incident" },
  { value: "NOTE", label: "Other note" },
];

export const visibilityChoices: Choice[] = [
  { value: "ALL_INVOLVED", label: "All organisations in the team around the person" },
  { value: "OWN_ORGANISATION", label: "My organisation only", hint: "For information other agencies must not see" },
];

export const riskChoices: Choice[] = [
  { value: "LOW", label: "Low" },
  { value: "MEDIUM", label: "Medium" },
  { value: "HIGH", label: "High" },
  { value: "VERY_HIGH", label: "Very high" },
];

export const consentChoices: Choice[] = [
  { value: "GIVEN", label: "Consent given" },
  { value: "REFUSED", label: "Consent refused" },
  { value: "WITHDRAWN", label: "Consent withdrawn" },
  { value: "NOT_YET_ASKED", label: "Not yet asked" },
];

export const lawfulBasisOptions = [
  { value: "SAFEGUARDING", label: "Safeguarding" },
  { value: "VITAL_INTERESTS", label: "Vital interests" },
  { value: "PUBLIC_TASK", label: "Public task" },
  { value: "LEGAL_OBLIGATION", label: "Legal obligation" },
  { value: "PREVENTION_OF_CRIME", label: "Prevention or detection of crime" },
  { value: "CONSENT", label: "Consent" },
];

export const urgencyChoices: Choice[] = [
  { value: "ROUTINE", label: "Routine" },
  { value: "SOON", label: "Soon", hint: "Within a week" },
  { value: "URGENT", label: "Urgent", hint: "Within one working day" },
];

export const declineReasonOptions = [
  { value: "NOT_ELIGIBLE", label: "Not eligible for our service" },
  { value: "NO_CAPACITY", label: "No capacity at present" },
  { value: "ALREADY_SUPPORTED", label: "Already supported elsewhere" },
  { value: "WRONG_SERVICE", label: "Wrong service" },
  { value: "INSUFFICIENT_INFORMATION", label: "Not enough information" },
  { value: "OTHER", label: "Other" },
];

export const closureReasonOptions = [
  { value: "OUTCOMES_ACHIEVED", label: "Outcomes achieved" },
  { value: "NEEDS_MET_ELSEWHERE", label: "Needs met elsewhere" },
  { value: "DISENGAGED", label: "Person disengaged" },
  { value: "MOVED_AWAY", label: "Moved away" },
  { value: "DIED", label: "Died" },
  { value: "DUPLICATE", label: "Duplicate case" },
  { value: "OTHER", label: "Other" },
];

export const labelOf = (options: { value: string; label: string }[], value: string | null | undefined) =>
  options.find((o) => o.value === value)?.label ?? value ?? "";
