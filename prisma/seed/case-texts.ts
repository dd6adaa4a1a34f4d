// Short, non-identifying free text for demo cases: summaries, referral reasons and responses,
// and reasons for status changes. Nothing here names or describes a real person.
import type { ClosureReason, DeclineReason, LawfulBasis } from "@/lib/generated/prisma/client";
import type { Rng } from "./random";
import type { ThemeCode } from "./reference-data";

const summaryFragments: Record<ThemeCode, readonly string[]> = {
  HOMELESSNESS: [
    "at risk of eviction after a notice to quit",
    "sofa surfing with friends",
    "sleeping rough",
    "in temporary accommodation",
    "leaving supported housing with nowhere to go",
  ],
  SUBSTANCE_MISUSE: [
    "drinking heavily most days",
    "using crack cocaine and heroin",
    "alcohol use increasing",
    "recently relapsed after a period of abstinence",
  ],
  OFFENDING: [
    "recently released from custody",
    "on a community order",
    "repeated shoplifting arrests",
    "on licence with probation",
  ],
  MENTAL_HEALTH: [
    "low mood and anxiety",
    "history of self-harm",
    "not taking prescribed medication",
    "recent mental health crisis",
  ],
  PHYSICAL_HEALTH: [
    "frequent A&E attendances",
    "poorly managed diabetes",
    "recent fall at home",
    "COPD with repeated admissions",
  ],
  DOMESTIC_ABUSE: [
    "experiencing domestic abuse from an ex-partner",
    "high-risk domestic abuse referral from MARAC",
    "controlling behaviour from partner reported",
  ],
  EARLY_YEARS: [
    "young child not registered with a GP",
    "missed health visitor checks",
    "struggling to manage with a new baby",
  ],
  FAMILY_SUPPORT: [
    "family under strain with children's school attendance falling",
    "parenting support requested",
    "children's needs not being met at home",
  ],
  WORKLESSNESS: ["out of work for over a year", "sanctioned on Universal Credit", "lost job after ill health"],
  DEBT: [
    "rent and council tax arrears",
    "priority debts building up",
    "using high-cost credit to pay bills",
    "energy meter debt",
  ],
  ANTI_SOCIAL_BEHAVIOUR: [
    "complaints of noise and visitors at all hours",
    "involved in anti-social behaviour in the local park",
    "neighbour dispute escalating",
  ],
  SOCIAL_ISOLATION: ["living alone with little contact", "recently bereaved and withdrawn", "not leaving the house"],
};

/** e.g. "Sofa surfing with friends; drinking heavily most days; low mood and anxiety." */
export function caseSummary(rng: Rng, themes: readonly ThemeCode[]): string {
  const text = themes.map((theme) => rng.pick(summaryFragments[theme])).join("; ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

const referralReasons: Record<ThemeCode, readonly string[]> = {
  HOMELESSNESS: [
    "Needs housing advice and help to keep current accommodation.",
    "Homeless and needs an assessment under the Housing Act duties.",
    "Needs tenancy sustainment support to avoid eviction.",
  ],
  SUBSTANCE_MISUSE: [
    "Requests help to reduce drinking; agrees to an assessment.",
    "Using daily and wants to start a treatment programme.",
    "Needs a drug and alcohol assessment and harm-reduction advice.",
  ],
  OFFENDING: [
    "Needs support to comply with licence conditions.",
    "Shared risk management following recent arrests.",
    "Offender management input requested for the team around the person.",
  ],
  MENTAL_HEALTH: [
    "Low mood and disturbed sleep; requests a mental health assessment.",
    "Needs a review of medication and mental health support.",
    "Recent crisis; needs community mental health follow-up.",
  ],
  PHYSICAL_HEALTH: [
    "Needs a health review after repeated A&E attendances.",
    "Needs a community nursing assessment at home.",
    "Long-term condition not being managed; needs a care coordinator.",
  ],
  DOMESTIC_ABUSE: [
    "Needs safety planning and an independent domestic violence adviser.",
    "Risk assessment indicates high risk; needs multi-agency safety planning.",
  ],
  EARLY_YEARS: [
    "Needs health visitor contact and early years support.",
    "Family would benefit from a funded early education place.",
  ],
  FAMILY_SUPPORT: [
    "Family needs early help support with routines and school attendance.",
    "Parenting support requested by the family.",
  ],
  WORKLESSNESS: [
    "Wants help to find work; needs a work coach appointment.",
    "Needs support with a Universal Credit claim and job search.",
  ],
  DEBT: [
    "Needs debt advice and help with a repayment plan.",
    "Priority debts; needs benefits check and budgeting support.",
  ],
  ANTI_SOCIAL_BEHAVIOUR: [
    "Joint problem-solving needed after repeated complaints.",
    "Needs an acceptable behaviour agreement and diversionary support.",
  ],
  SOCIAL_ISOLATION: [
    "Would benefit from social prescribing and community groups.",
    "Needs a safe and well visit and befriending support.",
  ],
};

export function referralReason(rng: Rng, theme: ThemeCode): string {
  return rng.pick(referralReasons[theme]);
}

export const declineComments: Record<DeclineReason, readonly string[]> = {
  NOT_ELIGIBLE: [
    "Does not meet our service criteria; suggest the community offer instead.",
    "Outside our eligibility criteria at present.",
  ],
  NO_CAPACITY: [
    "No capacity this month; please re-refer if needs continue.",
    "Waiting list is closed for new referrals until next month.",
  ],
  ALREADY_SUPPORTED: ["Already open to another of our teams; they will link in with the lead professional."],
  WRONG_SERVICE: [
    "Better met by the neighbourhood team's social prescriber.",
    "This needs the adult social care front door rather than our service.",
  ],
  INSUFFICIENT_INFORMATION: [
    "Please add current risks and consent details and re-send.",
    "Not enough information to triage; please call to discuss.",
  ],
  OTHER: ["Person has told us they do not want our involvement."],
};

export const holdReasons = [
  "Person admitted to hospital.",
  "Person remanded in custody.",
  "Person asked to pause support for a few weeks.",
  "Waiting for a specialist assessment.",
  "Person staying with family out of the area for a while.",
] as const;

export const closureTexts: Record<ClosureReason, string> = {
  OUTCOMES_ACHIEVED: "Support plan goals met; agreed with the person to close.",
  NEEDS_MET_ELSEWHERE: "Needs now met by a single service; no longer needs the team around the person.",
  DISENGAGED: "No contact despite repeated attempts by phone, letter and visit.",
  MOVED_AWAY: "Moved out of the area; handed over to services there.",
  DIED: "Person has died. Case closed.",
  DUPLICATE: "Opened in error: a case for this person was already open.",
  OTHER: "Closed after review at the neighbourhood huddle.",
};

export const consentScopes = [
  "Sharing with organisations in the team around the person for support planning.",
  "Sharing with the neighbourhood team, excluding health records.",
  "Sharing with named organisations: housing, health and the council.",
] as const;

export const lawfulBasisNotes: Partial<Record<LawfulBasis, string>> = {
  SAFEGUARDING: "Refused consent, but there is a risk of serious harm; sharing is necessary to safeguard.",
  VITAL_INTERESTS: "Sharing needed to protect life while the person cannot give consent.",
  PREVENTION_OF_CRIME: "Sharing needed to prevent further offending and protect others.",
  PUBLIC_TASK: "Sharing necessary for the council's statutory duties; person informed.",
};
