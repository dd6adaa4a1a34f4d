// What a user is told when the access policy refuses: for a case not shared with them (with their
// organisation, or with them inside it), the same as for one that does not exist; otherwise the
// policy's own reason.
import type { Decision } from "@/lib/access/case-policy";

export const caseNotFoundMessage = "This case cannot be found. It may not exist, or it may not be shared with your organisation.";

export function denialMessage(decision: Decision): string {
  if (decision.relation !== "lead" && decision.relation !== "involved-covered") return caseNotFoundMessage;
  if (!decision.personal?.allowed) return caseNotFoundMessage;
  const why = decision.reasons[decision.reasons.length - 1] ?? "";
  return `You cannot do this: ${why}.`;
}
