// The audit trail in words for the admin's viewer: what an action means ("Added a note") and its
// details as "Label: value" lines instead of raw JSON. Known keys and values have their words;
// anything else is spelt out from its name, so a new detail is readable without a change here.
import type { Prisma } from "@/lib/generated/prisma/client";

const actionWords: Record<string, string> = {
  "auth.sign-in": "Signed in",
  "auth.password-set": "Set their password",
  "case.create": "Opened a case",
  "case.view": "Viewed a case",
  "case.list": "Listed cases",
  "case.search": "Searched cases",
  "case.export": "Exported a case",
  "case.viewReferralSummary": "Viewed a referral summary",
  "case.viewAccessLog": "Viewed who has seen a case",
  "case.edit": "Changed a case",
  "case.close": "Closed a case",
  "case.recordConsent": "Recorded consent",
  "case.transferLead": "Asked to transfer the lead",
  "case.answerTransfer": "Answered a lead transfer",
  "case.addNote": "Added a note",
  "case.addAction": "Added an action",
  "case.updateAction": "Updated an action",
  "case.recordOutcome": "Recorded an outcome",
  "case.refer": "Sent a referral",
  "case.withdrawReferral": "Withdrew a referral",
  "case.acceptReferral": "Accepted a referral",
  "case.declineReferral": "Declined a referral",
  "case.markRestricted": "Restricted a case, or removed its restriction",
  "case.breakGlass": "Used break-glass access to a restricted case",
  "case.requestAccess": "Requested access to a restricted case",
  "case.answerAccessRequest": "Answered a request for access",
  "person.create": "Added a person",
  "person.search": "Searched for people",
  "dashboard.export": "Downloaded dashboard figures",
  "admin.audit.export": "Downloaded the audit trail",
  "admin.access-check": "Checked a user's access",
  "admin.import": "Imported from a file",
};

const keyWords: Record<string, string> = {
  kind: "Kind",
  visibility: "Visible to",
  urgency: "Urgency",
  declineReason: "Reason declined",
  toStatus: "New status",
  status: "Status",
  themes: "Themes",
  consent: "Consent",
  fields: "Changed",
  chronologyPage: "Chronology page",
  rows: "Rows",
  filters: "Filters",
  accepted: "Accepted",
};

const valueWords: Record<string, string> = {
  ALL_INVOLVED: "all organisations involved",
  OWN_ORGANISATION: "the author's organisation only",
  NOT_YET_ASKED: "not yet asked",
  ON_HOLD: "on hold",
  IN_PROGRESS: "in progress",
};

/** "declineReason" → "decline reason"; "NO_CAPACITY" → "no capacity". */
function spelt(name: string): string {
  if (/^[A-Z0-9_]+$/.test(name)) return name.toLowerCase().replace(/_/g, " ");
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/[-_.]/g, " ").toLowerCase();
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function describeAction(action: string): string {
  return actionWords[action] ?? sentence(spelt(action.split(".").slice(1).join(" ") || action));
}

function valueText(value: Prisma.JsonValue): string {
  if (value === null) return "none";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "number") return value.toLocaleString("en-GB");
  if (typeof value === "string") return valueWords[value] ?? (/^[A-Z0-9_]+$/.test(value) ? spelt(value) : value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" && !/^[A-Z0-9_]+$/.test(v) ? spelt(v) : valueText(v))).join(", ");
  return Object.entries(value)
    .filter(([, v]) => v !== null && v !== "" && !(Array.isArray(v) && v.length === 0))
    .map(([k, v]) => `${spelt(k)} ${valueText(v ?? null)}`)
    .join("; ") || "none";
}

/** One "Label: value" line per detail, in the order recorded. */
export function describeDetails(details: Prisma.JsonValue | null | undefined): string[] {
  if (details === null || details === undefined) return [];
  if (typeof details !== "object" || Array.isArray(details)) return [valueText(details)];
  return Object.entries(details).map(([key, value]) => `${keyWords[key] ?? sentence(spelt(key))}: ${valueText(value ?? null)}`);
}
