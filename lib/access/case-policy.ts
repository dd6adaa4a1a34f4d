// THE rules for who may do what with a shared case (DOMAIN.md, "Information governance").
// Pure: it decides from facts already loaded, and says why, so the same reasons reach the
// caller, the audit trail and the admin's access checker.
import type { Role } from "@/lib/generated/prisma/enums";
import { londonToday } from "@/lib/domain/london-time";
import { consentStateOf, type ConsentInForce } from "./consent-state";
import type { CasePeople, NeedToKnow, WorkerStanding } from "./need-to-know";
import { decideInsideOrganisation, decideReachingRestricted, type RestrictionFacts } from "./restricted-records";

/**
 * Every action on a case, whether it changes the case (only frontline workers may), and whether
 * only the lead organisation may do it. Sharing rules that apply to all are in decideCaseAccess.
 */
const actionRules = {
  view: { writes: false, leadOnly: false },
  search: { writes: false, leadOnly: false },
  export: { writes: false, leadOnly: false },
  viewReferralSummary: { writes: false, leadOnly: false },
  viewAccessLog: { writes: false, leadOnly: true },
  edit: { writes: true, leadOnly: true },
  close: { writes: true, leadOnly: true },
  recordConsent: { writes: true, leadOnly: true },
  transferLead: { writes: true, leadOnly: true },
  addNote: { writes: true, leadOnly: false },
  addAction: { writes: true, leadOnly: false },
  updateAction: { writes: true, leadOnly: false },
  recordOutcome: { writes: true, leadOnly: false },
  refer: { writes: true, leadOnly: false },
  withdrawReferral: { writes: true, leadOnly: false },
  acceptReferral: { writes: true, leadOnly: false },
  declineReferral: { writes: true, leadOnly: false },
  answerTransfer: { writes: true, leadOnly: false },
  // Spend from a pooled budget on the case, and a correcting entry that reverses one.
  recordSpend: { writes: true, leadOnly: false },
  reverseSpend: { writes: true, leadOnly: false },
  // Restricted records (restricted-records.ts): marking or un-marking one follows "edit";
  // break-glass and requesting access are for those who see it redacted; the lead professional answers.
  markRestricted: { writes: true, leadOnly: true },
  breakGlass: { writes: true, leadOnly: false },
  requestAccess: { writes: true, leadOnly: false },
  answerAccessRequest: { writes: true, leadOnly: true },
} as const;

export type CaseAction = keyof typeof actionRules;
export const caseActions = Object.keys(actionRules) as CaseAction[];


/** Who is asking; the signed-in Actor (lib/auth/actor.ts) is one. */
export type AccessActor = { userId: string; organisation: { id: string }; roles: readonly Role[] };

export type AgreementInForce = { id: string; reference: string; partyIds: string[]; themeIds: string[] };

/**
 * What the actor stands on, loaded once per request (access-grounds.ts): their organisation's
 * agreements in force and their own position inside it (need-to-know.ts).
 */
export type AccessGrounds = {
  agreements: AgreementInForce[];
  standing: WorkerStanding;
  /** The London day the grounds were loaded for: consent lapses by it (consent-state.ts). */
  today?: Date;
};

export type CaseFacts = CasePeople & RestrictionFacts & {
  caseId: string;
  leadOrganisationId: string;
  status: "OPEN" | "ACTIVE" | "ON_HOLD" | "CLOSED";
  themeIds: string[];
  /** Organisations currently in the team around the person. */
  involvedOrganisationIds: string[];
  /** Organisations holding a pending referral for this case. */
  pendingReferralOrganisationIds: string[];
  /** The consent record in force (the newest), if any. */
  consent: ConsentFacts | null;
};

/** The consent record in force; fields of its life time absent in older callers mean "none". */
export type ConsentFacts = Pick<ConsentInForce, "status" | "lawfulBasis" | "approvedById"> & Partial<ConsentInForce>;

export function consentInForce(consent: ConsentFacts | null): ConsentInForce | null {
  if (!consent) return null;
  return {
    status: consent.status,
    lawfulBasis: consent.lawfulBasis,
    approvedById: consent.approvedById,
    decidedOn: consent.decidedOn ?? null,
    reviewOn: consent.reviewOn ?? null,
    awaitsConfirmation: consent.awaitsConfirmation ?? false,
    declinedAt: consent.declinedAt ?? null,
  };
}

/**
 * "involved-suspended": in the team around the person under an agreement that covers the case,
 * but consent was withdrawn or lapsed, or a lawful basis is not confirmed: the partner keeps only
 * that it was involved.
 */
export type Relation = "lead" | "involved-covered" | "involved-suspended" | "involved-not-covered" | "pending-referral" | "none";

export type Decision = {
  allowed: boolean;
  relation: Relation;
  reasons: string[];
  /** Why this user may see the record inside their organisation, when that was decided. */
  personal?: NeedToKnow;
  /** A partner's access suspended by consent: it may still be told it was involved, and why. */
  suspended?: true;
};

/** How the actor's organisation stands to the case, with the reason in words. */
export function relationToCase(
  organisationId: string,
  facts: CaseFacts,
  agreements: AgreementInForce[],
  today: Date = londonToday(),
): { relation: Relation; reason: string } {
  if (facts.leadOrganisationId === organisationId) {
    return { relation: "lead", reason: "their organisation is the case's lead organisation" };
  }
  if (facts.involvedOrganisationIds.includes(organisationId)) {
    const covering = agreements.find((a) => agreementCovers(a, organisationId, facts));
    const consent = consentStateOf(consentInForce(facts.consent), today);
    if (covering && consent.suspendsPartners) {
      return { relation: "involved-suspended", reason: `their organisation is in the team around the person under sharing agreement ${covering.reference}, but ${lowerFirst(consent.reason)}` };
    }
    return covering
      ? {
          relation: "involved-covered",
          reason: `their organisation is in the team around the person, and sharing agreement ${covering.reference} in force covers it and the lead organisation for every theme of the case`,
        }
      : {
          relation: "involved-not-covered",
          reason:
            "their organisation is in the team around the person, but no sharing agreement in force covers it and the lead organisation for every theme of the case",
        };
  }
  if (facts.pendingReferralOrganisationIds.includes(organisationId)) {
    return { relation: "pending-referral", reason: "their organisation holds a pending referral for the case" };
  }
  return { relation: "none", reason: "their organisation is not involved in the case" };
}

export function agreementCovers(agreement: AgreementInForce, organisationId: string, facts: CaseFacts) {
  return (
    agreement.partyIds.includes(organisationId) &&
    agreement.partyIds.includes(facts.leadOrganisationId) &&
    facts.themeIds.every((theme) => agreement.themeIds.includes(theme))
  );
}

const lowerFirst = (text: string) => `${text.charAt(0).toLowerCase()}${text.slice(1)}`;

/**
 * Sharing beyond the lead organisation needs consent given, or a lawful basis its approver
 * confirmed, neither due for review (consent-state.ts).
 */
export function consentAllowsSharing(consent: CaseFacts["consent"], today: Date = londonToday()): { allowed: boolean; reason: string } {
  const state = consentStateOf(consentInForce(consent), today);
  if (state.opensSharing) return { allowed: true, reason: state.kind === "given" ? "the person has consented to sharing" : "a lawful basis for sharing without consent is recorded and confirmed by its approver" };
  return {
    allowed: false,
    reason:
      state.kind === "none" || state.kind === "not-asked" || state.kind === "refused"
        ? "the person has not given consent to share their information and no approved lawful basis is recorded"
        : lowerFirst(state.reason),
  };
}

const canSeeRecord: Relation[] = ["lead", "involved-covered"];

/** The organisation-level rule alone (before need-to-know): may the organisation see the case's record? */
export function organisationMaySeeCase(organisationId: string, facts: CaseFacts, agreements: AgreementInForce[], today?: Date): boolean {
  return canSeeRecord.includes(relationToCase(organisationId, facts, agreements, today).relation);
}

export function decideCaseAccess(
  actor: AccessActor,
  facts: CaseFacts,
  grounds: AccessGrounds,
  action: CaseAction,
): Decision {
  const today = grounds.today ?? londonToday();
  const { relation, reason } = relationToCase(actor.organisation.id, facts, grounds.agreements, today);
  const worker = actor.roles.includes("FRONTLINE_WORKER");
  if (!worker && !actor.roles.includes("LOCALITY_LEAD")) {
    return {
      allowed: false,
      relation,
      reasons: [
        actor.roles.includes("PARTNERSHIP_ADMIN")
          ? "partnership admins do not see case content"
          : "the user has no role that works with cases",
      ],
    };
  }
  // Inside an organisation that may see the record, need-to-know decides first, for every
  // action: a user it turns away is answered as if the case did not exist (denial-message.ts).
  // A restricted record narrows it to the people on the case and break-glass (restricted-records.ts).
  const personal = canSeeRecord.includes(relation) || relation === "involved-suspended" ? decideInsideOrganisation(actor, facts, grounds.standing) : undefined;
  const said = personal ? [reason, personal.reason] : [reason];
  const deny = (why?: string): Decision => ({ allowed: false, relation, reasons: why ? [...said, why] : said, personal });
  const allow = (...why: string[]): Decision => ({ allowed: true, relation, reasons: [...said, ...why], personal });
  if (action === "breakGlass" || action === "requestAccess") {
    const reaching = decideReachingRestricted(actor, facts, grounds.standing, canSeeRecord.includes(relation), action);
    return reaching.allowed ? allow(reaching.reason) : deny(reaching.reason);
  }
  if (personal && !personal.allowed) return deny();
  if (personal?.ground === "break-glass" && actionRules[action].writes) return deny("break-glass access is for reading the record only");
  // A partner whose access consent suspended sees only that it was involved (case-summary view).
  if (relation === "involved-suspended") return { ...deny(), suspended: true };

  if (actionRules[action].writes && !worker) return deny("only frontline workers change cases");

  if (action === "acceptReferral" || action === "declineReferral") {
    if (relation !== "pending-referral") return deny("only the organisation a referral is sent to may answer it");
    if (action === "declineReferral") return allow("the organisation the referral is sent to may decline it");
    const consent = consentAllowsSharing(facts.consent, today);
    return consent.allowed ? allow(consent.reason) : deny(consent.reason);
  }
  if (action === "viewReferralSummary") {
    return relation === "pending-referral" || personal?.allowed
      ? allow("the referral summary is shared with the organisation it is sent to")
      : deny("the referral summary is shown only to the organisations concerned");
  }
  if (!personal) {
    return deny(
      relation === "pending-referral"
        ? "until it accepts the referral, it sees the referral summary only"
        : "the case is not shared with their organisation",
    );
  }
  if (actionRules[action].leadOnly && relation !== "lead") return deny("only the lead organisation may do this");
  if (action === "close" && facts.status === "CLOSED") return deny("the case is already closed");
  if (action === "answerAccessRequest" && facts.leadProfessionalId !== actor.userId) {
    return deny("only the case's lead professional answers requests for access");
  }
  if (action === "refer") {
    const consent = consentAllowsSharing(facts.consent, today);
    return consent.allowed ? allow(consent.reason) : deny(consent.reason);
  }
  return allow();
}

/** Notes marked "own organisation only" are read only by the author's organisation. */
export function decideNoteAccess(
  actor: AccessActor,
  caseDecision: Decision,
  note: { visibility: "ALL_INVOLVED" | "OWN_ORGANISATION"; authorOrganisationId: string },
): Decision {
  if (!caseDecision.allowed) return caseDecision;
  if (note.visibility === "ALL_INVOLVED") return caseDecision;
  return note.authorOrganisationId === actor.organisation.id
    ? { ...caseDecision, reasons: [...caseDecision.reasons, "the note's author is in their organisation"] }
    : {
        allowed: false,
        relation: caseDecision.relation,
        reasons: [...caseDecision.reasons, "the note is visible to its author's organisation only"],
      };
}
