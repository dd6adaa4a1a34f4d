// "Why can I see this?": the rule that let the user in, said to them, from the policy's own
// decision (never worked out again by a page). For a partner organisation: the agreement it
// rests on, the themes it covers and the consent behind the sharing.
import { agreementCovers, consentAllowsSharing, type AccessActor, type AccessGrounds, type CaseFacts, type Decision } from "./case-policy";

export type WhyVisible = {
  /** How the user's organisation stands to the case. */
  organisation: string;
  /** Why this user, inside their organisation. */
  personal: string;
  /** For a partner organisation: the agreement, the themes it covers here, and the consent. */
  sharing: { agreementReference: string; themes: string[]; consent: string } | null;
};

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

export function explainCaseAccess(
  actor: AccessActor,
  facts: CaseFacts,
  grounds: AccessGrounds,
  decision: Decision,
  themeNames: string[],
): WhyVisible | null {
  if (!decision.allowed || !decision.personal?.allowed) return null;
  const personal = decision.personal.toYou;
  if (decision.relation === "lead") {
    return { organisation: "Your organisation leads this case.", personal, sharing: null };
  }
  const agreement = grounds.agreements.find((a) => agreementCovers(a, actor.organisation.id, facts));
  if (decision.relation !== "involved-covered" || !agreement) return null;
  return {
    organisation: "Your organisation is in the team around the person.",
    personal,
    sharing: {
      agreementReference: agreement.reference,
      themes: themeNames,
      consent: sentence(consentAllowsSharing(facts.consent, grounds.today).reason),
    },
  };
}
