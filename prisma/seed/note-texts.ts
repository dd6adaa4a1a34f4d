// Short, non-identifying chronology entries for demo cases, by kind of contact and by need.
import type { ContactKind } from "@/lib/generated/prisma/client";
import type { Rng } from "./random";
import type { ThemeCode } from "./reference-data";

const byKind: Record<ContactKind, readonly string[]> = {
  NOTE: [
    "Discussed at the neighbourhood huddle; agreed who will make contact this week.",
    "Case reviewed; support plan still fits and actions are on track.",
    "Received update from a partner; added to the support plan.",
    "Checked records with the person's consent; no new concerns.",
    "Left a voicemail and sent a text asking for a call back.",
  ],
  VISIT: [
    "Home visit completed. Person was in and engaged well.",
    "Visited at home; no answer. Card left with contact details.",
    "Joint visit with a colleague from another agency; person agreed next steps.",
    "Visited at the drop-in; person seemed brighter than last week.",
  ],
  CALL: [
    "Phone call with the person; they confirmed they can attend next week's appointment.",
    "Spoke by phone; person is struggling but agreed to a visit.",
    "Call from the person asking for help with a letter they received.",
    "Tried to call twice; got through on the second attempt.",
  ],
  MEETING: [
    "Team around the person meeting held; actions agreed and owners named.",
    "Multi-agency meeting; partners shared updates and agreed a single plan.",
    "Met the person at the community hub with a support worker.",
  ],
  ASSESSMENT: [
    "Initial assessment completed; needs and risks recorded and shared with the team.",
    "Joint assessment with partners; person's own priorities written into the plan.",
    "Reviewed risks; risk level discussed with the lead professional.",
  ],
  INCIDENT: [
    "Police called to the address overnight; no arrests. Team informed this morning.",
    "Person attended A&E; discharged the same day. Follow-up arranged.",
    "Report of a disturbance at the property; housing officer following up.",
    "Missed appointment; safety check requested.",
  ],
};

const byTheme: Record<ThemeCode, readonly string[]> = {
  HOMELESSNESS: [
    "Talked through housing options and the housing register.",
    "Helped complete a homelessness application.",
    "Discussed a move to supported accommodation.",
  ],
  SUBSTANCE_MISUSE: [
    "Talked about drinking and what has helped before.",
    "Person has attended two treatment sessions.",
    "Gave harm-reduction advice and naloxone information.",
  ],
  OFFENDING: ["Checked licence conditions are being met.", "Discussed the reporting schedule with probation."],
  MENTAL_HEALTH: [
    "Mood seems lower; agreed to speak to the mental health team.",
    "Person reports sleeping better since the medication review.",
  ],
  PHYSICAL_HEALTH: [
    "Helped book a GP appointment for a review.",
    "Person managing their condition better with the new routine.",
  ],
  DOMESTIC_ABUSE: ["Safety plan reviewed and updated.", "Checked the person feels safe at home; advocacy offered."],
  EARLY_YEARS: ["Health visitor check completed.", "Talked through the funded childcare offer."],
  FAMILY_SUPPORT: [
    "Morning routine plan is working; school attendance up this week.",
    "Family agreed goals for the next four weeks.",
  ],
  WORKLESSNESS: [
    "Went through job search and CV; work coach appointment booked.",
    "Discussed a volunteering placement as a first step.",
  ],
  DEBT: [
    "Completed an income and expenditure form.",
    "Applied for a discretionary housing payment.",
    "Set up a repayment plan for the arrears.",
  ],
  ANTI_SOCIAL_BEHAVIOUR: [
    "No new reports since the agreement was signed.",
    "Discussed the complaints and agreed how to reduce visitors.",
  ],
  SOCIAL_ISOLATION: ["Introduced to a local community group.", "Befriending calls set up twice a week."],
};

const followUps = [
  "Next contact booked for next week.",
  "Actions updated on the plan.",
  "Will update the team at the next huddle.",
  "",
  "",
];

export function noteBody(rng: Rng, kind: ContactKind, themes: readonly ThemeCode[]): string {
  const main = rng.pick(byKind[kind]);
  const detail = kind !== "INCIDENT" && rng.chance(0.6) ? ` ${rng.pick(byTheme[rng.pick(themes)])}` : "";
  const followUp = rng.pick(followUps);
  return `${main}${detail}${followUp ? ` ${followUp}` : ""}`;
}

export const closingNote = "Closing summary written and shared with the team around the person.";
