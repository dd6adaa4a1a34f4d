// What each case action means, for the access checker's answer. Actions added to the policy
// later still show, by their name in words.
import type { CaseAction } from "@/lib/access/case-policy";

// Keyed by name rather than by the CaseAction type, so a policy action renamed elsewhere falls
// back to words instead of breaking the build.
const labels: Record<string, string> = {
  view: "See the case record",
  edit: "Change the case",
  addNote: "Add a note or contact",
  refer: "Refer to another organisation",
  acceptReferral: "Accept a referral",
  close: "Close the case",
  export: "Export the case",
  search: "Find the case in a search",
  viewReferralSummary: "See the referral summary",
  viewAccessLog: "See who accessed the case",
  addAction: "Add an action",
  updateAction: "Update an action",
  recordOutcome: "Record an outcome",
  recordConsent: "Record consent",
  withdrawReferral: "Withdraw a referral",
  declineReferral: "Decline a referral",
  transferLead: "Transfer the lead",
  answerTransfer: "Answer a lead transfer",
  recordSpend: "Record spend from a pooled budget",
  reverseSpend: "Reverse a spend entry",
  markRestricted: "Restrict the record, or remove its restriction",
  breakGlass: "Use break-glass access to the restricted record",
  requestAccess: "Request access to the restricted record",
  answerAccessRequest: "Answer a request for access",
};

export function caseActionLabel(action: CaseAction): string {
  const known = labels[action];
  if (known) return known;
  const words = action.replace(/([A-Z])/g, " $1").toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
