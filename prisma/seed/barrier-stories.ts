// The demo barriers, each with the story of how it was dealt with: raised in a neighbourhood (or
// for a whole locality), accepted, acted on, escalated, resolved or closed. Fictional, but the
// kinds of thing integrated neighbourhood teams in Greater Manchester meet every week.
import type { ActionStatus, BarrierCategory } from "@/lib/generated/prisma/client";
import type { demoEmails } from "./demo-accounts";
import type { LocalityName } from "./localities";

export type StoryStep = { after: number } & (
  | { do: "accept"; note?: string; reviewInDays?: number }
  | { do: "action"; text: string; owner: string; due: number; status?: ActionStatus }
  | { do: "comment"; text: string; by?: "raiser" | "owner" }
  | { do: "escalate"; reason: string }
  | { do: "resolve"; text: string }
  | { do: "cannot"; text: string }
);

export interface BarrierStory {
  title: string;
  description: string;
  effect: string;
  category: BarrierCategory;
  /** Names of the organisations whose rule, system or budget it is. */
  organisations: string[];
  /** A neighbourhood code, or a whole locality. */
  where: { neighbourhood: string } | { locality: LocalityName };
  raisedDaysAgo: number;
  /** A demo sign-in who raised it; otherwise a worker of a case there, or of the council. */
  raiser?: keyof typeof demoEmails;
  /** How many of the raiser's organisation's cases there to link. */
  linkCases?: number;
  steps: StoryStep[];
}

const MCC = "Manchester City Council";
const GMP = "Greater Manchester Police";
const GMMH = "Greater Manchester Mental Health NHS Foundation Trust";
const DWP = "Jobcentre Plus Greater Manchester";
const PROBATION = "The Probation Service – Greater Manchester";
const GMCA = "Greater Manchester Combined Authority";

export const barrierStories: readonly BarrierStory[] = [
  {
    title: "Housing officers may not share a new address with the neighbourhood team",
    description:
      "The council's tenancy policy says a new address may be shared only with the tenant's written consent on the council's own form. Consent recorded in the shared case does not count, so housing officers cannot tell the team where someone has moved.",
    effect:
      "Visits are missed for two or three weeks after every move; people leaving temporary accommodation lose contact with their mental health nurse exactly when they are most likely to disengage.",
    category: "RULE",
    organisations: [MCC],
    where: { neighbourhood: "MAN-N01" },
    raisedDaysAgo: 150,
    raiser: "workerManchester",
    linkCases: 2,
    steps: [
      { after: 3, do: "accept", note: "Taking this to the housing options manager; it affects every team in the city.", reviewInDays: 30 },
      { after: 5, do: "action", text: "Ask the information governance team whether consent recorded in the shared case meets the tenancy policy", owner: MCC, due: 21, status: "DONE" },
      { after: 24, do: "comment", text: "Information governance say the policy predates the shared case and only the housing options board can change it.", by: "owner" },
      { after: 2, do: "escalate", reason: "Changing the tenancy policy needs a decision by the council's housing options board; the neighbourhood cannot change it." },
      { after: 9, do: "accept", note: "On the housing options board agenda for next month.", reviewInDays: 45 },
      { after: 40, do: "resolve", text: "Housing options board agreed that consent recorded in the shared case, with its scope, counts as consent under the tenancy policy. Guidance issued to all housing officers." },
    ],
  },
  {
    title: "Police and council staff cannot both open the ASB case system",
    description:
      "Anti-social behaviour cases are kept in the council's case system. Police neighbourhood officers have no accounts, and the police system cannot be opened on council laptops, so the same incident is logged twice and neither side sees the other's record.",
    effect:
      "Victims are asked to repeat their account to each agency; warnings go out from one agency without the other knowing, and joint problem-solving meetings start with half an hour of reconciling two lists.",
    category: "SYSTEM",
    organisations: [MCC, GMP],
    where: { neighbourhood: "MAN-N01" },
    raisedDaysAgo: 300,
    linkCases: 1,
    steps: [
      { after: 6, do: "accept", reviewInDays: 28 },
      { after: 4, do: "action", text: "Find out whether read-only council accounts can be issued to named neighbourhood officers", owner: MCC, due: 28, status: "DONE" },
      { after: 30, do: "comment", text: "Read-only accounts are possible but the police need vetting sign-off for each officer; that is a force-wide decision.", by: "owner" },
      { after: 3, do: "escalate", reason: "Needs an agreement between the council and GMP about accounts and vetting that no neighbourhood can make." },
      { after: 12, do: "accept", reviewInDays: 60 },
      { after: 20, do: "escalate", reason: "Every locality has the same problem; GMP want one partnership-wide agreement rather than ten." },
      { after: 35, do: "accept", note: "Board asked GMP and the ten councils for a joint proposal.", reviewInDays: 90 },
      { after: 14, do: "action", text: "Draft a partnership-wide access agreement for the ASB case system", owner: GMCA, due: 60, status: "IN_PROGRESS" },
    ],
  },
  {
    title: "Drug treatment grant cannot pay for housing support",
    description:
      "The drug and alcohol treatment grant's conditions forbid spending on housing, even for a few weeks of tenancy support alongside treatment.",
    effect:
      "People finish detox and go back to sofa-surfing; relapse within weeks is common and the treatment place is wasted. Housing support funded elsewhere has a three-month wait.",
    category: "BUDGET",
    organisations: ["Change Grow Live", MCC],
    where: { neighbourhood: "MAN-N03" },
    raisedDaysAgo: 420,
    steps: [
      { after: 5, do: "accept" },
      { after: 10, do: "escalate", reason: "Grant conditions are set nationally and managed by the council's commissioners, not the neighbourhood." },
      { after: 7, do: "accept", reviewInDays: 40 },
      { after: 30, do: "escalate", reason: "The same conditions apply in every borough; only the partnership can take this to the government department." },
      { after: 21, do: "accept", note: "Board to write to the department with the evidence from three localities.", reviewInDays: 60 },
      { after: 10, do: "action", text: "Collect evidence of relapse after treatment without housing support from three localities", owner: GMCA, due: 45, status: "DONE" },
      { after: 60, do: "comment", text: "Letter sent with the evidence. The department will consider a local flexibility pilot in the next grant round." },
    ],
  },
  {
    title: "A budget line nobody may spend across: prevention money stuck in two pots",
    description:
      "The homelessness prevention fund and the family support fund each pay only for their own client group. A family facing eviction where the parent is also leaving prison fits neither fully, so neither will pay the rent arrears.",
    effect: "Evictions that £600 would prevent go ahead; temporary accommodation then costs the council thousands a month.",
    category: "BUDGET",
    organisations: ["Bolton Council", PROBATION],
    where: { neighbourhood: "BOL-N01" },
    raisedDaysAgo: 210,
    raiser: "workerBolton",
    linkCases: 1,
    steps: [
      { after: 4, do: "accept", reviewInDays: 21 },
      { after: 2, do: "action", text: "List the cases in the last year that fell between the two funds", owner: "Bolton Council", due: 14, status: "DONE" },
      { after: 16, do: "escalate", reason: "Changing fund rules needs both budget holders to agree; one of them is outside the neighbourhood." },
      { after: 5, do: "accept", reviewInDays: 30 },
      { after: 28, do: "resolve", text: "Both funds now allow joint awards up to £1,000 agreed by the neighbourhood lead, reported monthly to each budget holder." },
    ],
  },
  {
    title: "GP practices cannot see the shared chronology",
    description: "Practices in the primary care network are not yet parties to the locality's sharing agreement, so GPs cannot open shared cases.",
    effect: "GPs hear about crises late and prescribe without knowing about a recent overdose or a safeguarding concern.",
    category: "DATA_SHARING",
    organisations: ["North Manchester Primary Care Network", MCC],
    where: { locality: "Manchester" },
    raisedDaysAgo: 95,
    steps: [
      { after: 10, do: "accept", reviewInDays: 45 },
      { after: 3, do: "action", text: "Send the sharing agreement to each practice's data protection lead", owner: "North Manchester Primary Care Network", due: 30, status: "IN_PROGRESS" },
      { after: 25, do: "comment", text: "Four of seven practices have signed; three are waiting for their partners' meeting." },
    ],
  },
  {
    title: "Mental health discharge letters go only to GPs",
    description: "Discharge and appointment letters from the community mental health teams are addressed to the GP alone.",
    effect: "The lead professional finds out about a discharge weeks later, often after a missed appointment has closed the referral.",
    category: "DATA_SHARING",
    organisations: [GMMH],
    where: { neighbourhood: "MAN-N01" },
    raisedDaysAgo: 240,
    raiser: "workerGmmh",
    steps: [
      { after: 2, do: "accept", reviewInDays: 28 },
      { after: 3, do: "action", text: "Agree with the trust's records team to copy letters to the lead professional where consent is recorded", owner: GMMH, due: 30, status: "DONE" },
      { after: 35, do: "resolve", text: "The trust now copies discharge and appointment letters to the lead professional where consent is recorded in the shared case." },
    ],
  },
  {
    title: "Work coaches cannot attend neighbourhood huddles",
    description: "Appointment targets keep work coaches at the Jobcentre during the weekly huddle.",
    effect: "People with complex needs get sanctions for missed appointments the team could have rearranged; nobody in the huddle can speak for benefits.",
    category: "WORKFORCE",
    organisations: [DWP],
    where: { neighbourhood: "SAL-N01" },
    raisedDaysAgo: 330,
    steps: [
      { after: 7, do: "accept" },
      { after: 5, do: "action", text: "Ask the Jobcentre manager for one named work coach per neighbourhood", owner: DWP, due: 30, status: "DONE" },
      { after: 40, do: "resolve", text: "The Jobcentre agreed one named work coach per neighbourhood for two half-days a week, including the huddle." },
    ],
  },
  {
    title: "Neighbourhood police officers rotate out every six months",
    description: "Force policy moves neighbourhood officers between areas every six months for development.",
    effect: "Relationships with the team and with residents are lost each time; people who had started to trust an officer stop engaging.",
    category: "WORKFORCE",
    organisations: [GMP],
    where: { neighbourhood: "SAL-N02" },
    raisedDaysAgo: 260,
    steps: [
      { after: 6, do: "accept" },
      { after: 20, do: "escalate", reason: "A force-wide posting policy; the neighbourhood inspector cannot change it." },
      { after: 9, do: "accept" },
      { after: 15, do: "escalate", reason: "GMP say the policy is set for the whole force and only the partnership board can ask for an exception." },
      { after: 30, do: "comment", text: "On the board agenda; GMP's chief superintendent will attend." },
    ],
  },
  {
    title: "No shared out-of-hours contact for people in crisis",
    description: "Out of hours, partners do not know who holds the case or how to reach them; each agency's duty line knows only its own clients.",
    effect: "People in crisis at night are taken to A&E or custody because nobody can reach the worker who knows them.",
    category: "SYSTEM",
    organisations: ["Salford City Council", GMP, "Northern Care Alliance NHS Foundation Trust"],
    where: { locality: "Salford" },
    raisedDaysAgo: 380,
    steps: [
      { after: 12, do: "accept" },
      { after: 5, do: "action", text: "Cost a shared out-of-hours contact list kept by the council's duty team", owner: "Salford City Council", due: 45, status: "DONE" },
      { after: 60, do: "cannot", text: "No agreement on who would fund the duty team's extra hours; to be revisited in the next budget round." },
    ],
  },
  {
    title: "Pooled budget cannot pay rent in advance without council sign-off",
    description: "Any payment of rent in advance from the pooled budget needs sign-off by a council finance officer, who works office hours only.",
    effect: "Private landlords will not hold a tenancy overnight; people lose offers while waiting for sign-off.",
    category: "BUDGET",
    organisations: ["Bolton Council"],
    where: { neighbourhood: "BOL-N02" },
    raisedDaysAgo: 45,
    steps: [{ after: 8, do: "comment", text: "Happened again this week: a one-bedroom flat lost because sign-off took two days.", by: "raiser" }],
  },
  {
    title: "Probation cannot share licence conditions with housing",
    description: "Licence conditions (exclusion zones, restrictions on contact) are not shared with housing officers allocating homes.",
    effect: "Tenancies are offered in exclusion zones and then withdrawn, which sets people back weeks and risks recall.",
    category: "DATA_SHARING",
    organisations: [PROBATION, "Salix Homes"],
    where: { neighbourhood: "SAL-N01" },
    raisedDaysAgo: 400,
    steps: [
      { after: 4, do: "accept" },
      { after: 10, do: "escalate", reason: "Needs a change to the health and justice sharing agreement, held at partnership level." },
      { after: 6, do: "accept" },
      { after: 8, do: "escalate", reason: "The agreement is partnership-wide: the board must agree the change with probation." },
      { after: 20, do: "accept", reviewInDays: 60 },
      { after: 50, do: "resolve", text: "The health and justice sharing agreement now covers licence conditions relevant to where someone may live; housing providers are parties to it." },
    ],
  },
  {
    title: "Nowhere private to meet people at the hub",
    description: "The neighbourhood hub has one open-plan room shared by every agency.",
    effect: "People will not talk about domestic abuse, debt or their mental health where others can hear; workers book rooms across town instead.",
    category: "PREMISES",
    organisations: [MCC],
    where: { neighbourhood: "MAN-N02" },
    raisedDaysAgo: 70,
    steps: [
      { after: 5, do: "accept", reviewInDays: 30 },
      { after: 3, do: "action", text: "Ask the library service whether its interview room can be booked by the team", owner: MCC, due: 21, status: "DONE" },
      { after: 20, do: "action", text: "Fit a partition and sound-proofing in the hub's back office", owner: MCC, due: 60, status: "OPEN" },
    ],
  },
  {
    title: "Each agency runs its own risk assessment for the same person",
    description: "Housing, police, mental health and the council each complete their own risk assessment; none accepts another's.",
    effect: "People are asked the same questions four times; assessments disagree and nobody knows which one to act on.",
    category: "RULE",
    organisations: [MCC, GMP, GMMH],
    where: { locality: "Manchester" },
    raisedDaysAgo: 180,
    steps: [
      { after: 14, do: "accept" },
      { after: 7, do: "action", text: "Compare the four risk assessments and list the questions they share", owner: GMMH, due: 30, status: "DONE" },
      { after: 40, do: "action", text: "Pilot one shared assessment in two neighbourhoods", owner: MCC, due: 90, status: "IN_PROGRESS" },
    ],
  },
  {
    title: "Fire service home safety visits cannot be requested by partners",
    description: "Only the fire service's own call centre can book a safe and well visit, and it asks for the resident to phone in themselves.",
    effect: "People most at risk (hoarding, heavy drinking, smoking in bed) are the least likely to phone; visits happen after a fire instead of before.",
    category: "RULE",
    organisations: ["Greater Manchester Fire and Rescue Service"],
    where: { neighbourhood: "STO-N01" },
    raisedDaysAgo: 120,
    steps: [
      { after: 6, do: "accept" },
      { after: 2, do: "action", text: "Ask the fire service for a partner referral route", owner: "Greater Manchester Fire and Rescue Service", due: 30, status: "DONE" },
      { after: 30, do: "resolve", text: "Partners can now request a safe and well visit through the shared case; the fire service phones the resident to arrange it." },
    ],
  },
  {
    title: "School attendance officers cannot join the team around the person",
    description: "Schools' attendance officers are employed by academy trusts that are not members of the partnership.",
    effect: "A child's absence is handled separately from the family's housing and debt problems that cause it.",
    category: "WORKFORCE",
    organisations: ["Oldham Council"],
    where: { neighbourhood: "OLD-N01" },
    raisedDaysAgo: 60,
    steps: [{ after: 9, do: "accept", reviewInDays: 20 }],
  },
  {
    title: "Benefit sanction notices are not copied to the lead professional",
    description: "When a sanction is applied, only the claimant is written to.",
    effect: "The team finds out when rent arrears or a food bank referral appears, weeks after it could have helped to challenge the sanction.",
    category: "DATA_SHARING",
    organisations: [DWP],
    where: { neighbourhood: "WIG-N01" },
    raisedDaysAgo: 140,
    steps: [
      { after: 7, do: "accept" },
      { after: 14, do: "escalate", reason: "Copying notices is a national DWP decision; the locality has a route to the DWP partnership manager." },
      { after: 10, do: "accept", reviewInDays: 30 },
      { after: 25, do: "comment", text: "The DWP partnership manager has asked for three anonymised examples." },
    ],
  },
  {
    title: "Community nurses' rota system cannot show visits to partners",
    description: "District nursing visits are planned in the trust's rota system, which partners cannot see.",
    effect: "Several workers visit the same frail person on the same morning and nobody on another.",
    category: "SYSTEM",
    organisations: ["Stockport NHS Foundation Trust"],
    where: { neighbourhood: "STO-N02" },
    raisedDaysAgo: 35,
    steps: [],
  },
  {
    title: "Recovery café lease ends with no council premises offered",
    description: "The lease on the building used for the weekly recovery café ends in March; council property rules give priority to income-generating lets.",
    effect: "Fifty people a week lose a place that keeps them in recovery and in contact with the team.",
    category: "PREMISES",
    organisations: ["Rochdale Borough Council"],
    where: { neighbourhood: "ROC-N01" },
    raisedDaysAgo: 80,
    steps: [
      { after: 4, do: "accept" },
      { after: 3, do: "escalate", reason: "Property decisions are made by the council's asset board, outside the neighbourhood." },
      { after: 10, do: "accept", reviewInDays: 30 },
      { after: 5, do: "action", text: "Present the café's outcomes to the asset board", owner: "Rochdale Borough Council", due: 30, status: "IN_PROGRESS" },
    ],
  },
  {
    title: "Referral form asks for information partners may not share",
    description: "The adult social care referral form requires the person's full medical history, which partners are not allowed to send.",
    effect: "Referrals from housing and police are bounced back as incomplete; people wait weeks for an assessment.",
    category: "RULE",
    organisations: ["Tameside Metropolitan Borough Council"],
    where: { neighbourhood: "TAM-N01" },
    raisedDaysAgo: 200,
    steps: [
      { after: 5, do: "accept" },
      { after: 2, do: "action", text: "Agree a shorter referral form for partner agencies", owner: "Tameside Metropolitan Borough Council", due: 30, status: "DONE" },
      { after: 35, do: "resolve", text: "A partner referral form without medical history is in use; social care gathers health information at assessment." },
    ],
  },
  {
    title: "Interpreters can be booked only by health staff",
    description: "The interpreting contract belongs to the NHS trust; council and voluntary staff cannot book through it.",
    effect: "Joint visits to families who do not speak English go ahead without an interpreter, or are cancelled.",
    category: "BUDGET",
    organisations: ["Manchester University NHS Foundation Trust"],
    where: { neighbourhood: "MAN-N05" },
    raisedDaysAgo: 110,
    steps: [
      { after: 8, do: "accept" },
      { after: 12, do: "escalate", reason: "The contract is held by the trust for the whole city; the locality needs to negotiate shared use." },
      { after: 6, do: "accept", reviewInDays: 35 },
    ],
  },
  {
    title: "Voluntary sector workers are refused secure email accounts",
    description: "The secure email service is offered to statutory bodies only, so voluntary organisations send referrals by ordinary email or post.",
    effect: "Referrals are delayed or sent insecurely; VCSE key workers are left out of case discussions.",
    category: "SYSTEM",
    organisations: [GMCA],
    where: { locality: "Bolton" },
    raisedDaysAgo: 160,
    steps: [
      { after: 10, do: "accept" },
      { after: 20, do: "escalate", reason: "Access to the secure email service is decided partnership-wide." },
      { after: 45, do: "comment", text: "Still waiting for the board to take this item; it was deferred at the last meeting.", by: "raiser" },
    ],
  },
  {
    title: "Temporary accommodation placements made outside the borough without telling the team",
    description: "Emergency placements are made by the out-of-hours service into other boroughs, and the neighbourhood team is not told.",
    effect: "Children lose their school place and adults their GP and treatment; the team learns of it only when someone misses an appointment.",
    category: "RULE",
    organisations: [MCC],
    where: { neighbourhood: "MAN-N01" },
    raisedDaysAgo: 25,
    raiser: "workerManchester",
    linkCases: 1,
    steps: [{ after: 2, do: "accept", reviewInDays: 14 }],
  },
  {
    title: "Two case systems in the hospital discharge team",
    description: "The discharge team keeps cases in the hospital system and the council's social care system, neither of which links to the shared case.",
    effect: "Discharges are delayed waiting for paperwork re-keyed from one system to the other.",
    category: "SYSTEM",
    organisations: ["Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation Trust", "Wigan Council"],
    where: { neighbourhood: "WIG-N02" },
    raisedDaysAgo: 18,
    steps: [],
  },
  {
    title: "Hub opening hours end at 4pm",
    description: "The building's opening hours are set by the facilities contract and end at 4pm.",
    effect: "People in work or caring in the day cannot see the team; evening sessions have to be held in a pub function room.",
    category: "PREMISES",
    organisations: ["Trafford Council"],
    where: { neighbourhood: "TRA-N01" },
    raisedDaysAgo: 90,
    steps: [
      { after: 10, do: "accept" },
      { after: 2, do: "action", text: "Ask facilities for the cost of opening until 7pm two days a week", owner: "Trafford Council", due: 21, status: "DONE" },
      { after: 30, do: "cannot", text: "The facilities contract cannot be varied until it is re-let in two years; evening sessions continue at the community centre meanwhile." },
    ],
  },
  {
    title: "Debt advice appointments need a referral from a GP",
    description: "The commissioned debt advice service accepts referrals only from GPs.",
    effect: "Housing officers who spot debt first must send people to their GP just to be referred on; many never go.",
    category: "RULE",
    organisations: ["Citizens Advice Manchester", MCC],
    where: { neighbourhood: "MAN-N01" },
    raisedDaysAgo: 12,
    steps: [{ after: 3, do: "comment", text: "Citizens Advice say they would accept partner referrals if the contract allowed it.", by: "raiser" }],
  },
  {
    title: "Safeguarding referrals acknowledged only to the referring agency",
    description: "The safeguarding hub acknowledges a referral to whoever sent it; other agencies in the team around the person are not told it was made.",
    effect: "Two or three agencies refer the same concern in a week; each thinks the others have not acted.",
    category: "DATA_SHARING",
    organisations: ["Bury Council"],
    where: { neighbourhood: "BUR-N01" },
    raisedDaysAgo: 55,
    steps: [
      { after: 6, do: "accept" },
      { after: 4, do: "action", text: "Agree with the safeguarding hub to record referrals in the shared case", owner: "Bury Council", due: 28, status: "OPEN" },
    ],
  },
  {
    title: "Carers' assessments can be started only by adult social care",
    description: "The carers' assessment form is in the social care system; the GP, the nurse and the voluntary sector can only ask social care to start one.",
    effect: "Carers who are already at breaking point wait six weeks for an assessment that the nurse visiting weekly could have begun.",
    category: "RULE",
    organisations: ["Stockport Council"],
    where: { neighbourhood: "STO-N03" },
    raisedDaysAgo: 75,
    steps: [
      { after: 5, do: "accept" },
      { after: 3, do: "action", text: "Agree a short carers' conversation record partners can start and social care completes", owner: "Stockport Council", due: 45, status: "IN_PROGRESS" },
    ],
  },
  {
    title: "Police welfare checks cannot be shared with the housing provider",
    description: "The police record of a welfare check stays in the police system; the housing provider, who asked for it, is told only that it happened.",
    effect: "Housing officers visit again the next day to find out what the police already know, and tenants feel watched.",
    category: "DATA_SHARING",
    organisations: [GMP, "Onward Homes"],
    where: { neighbourhood: "MAN-N04" },
    raisedDaysAgo: 130,
    steps: [
      { after: 6, do: "accept" },
      { after: 20, do: "escalate", reason: "What the police may share is set by the force's information governance, not by the neighbourhood." },
      { after: 8, do: "accept", reviewInDays: 30 },
      { after: 30, do: "resolve", text: "GMP agreed to share the outcome of a welfare check with the housing provider that asked for it, under the existing sharing agreement." },
    ],
  },
  {
    title: "Children's centre rooms cannot be booked for adult services",
    description: "Children's centre rooms may be used only for services for families with children under five.",
    effect: "Adult mental health drop-ins meet in a café instead, two streets from an empty room.",
    category: "PREMISES",
    organisations: ["Wigan Council"],
    where: { neighbourhood: "WIG-N01" },
    raisedDaysAgo: 50,
    steps: [
      { after: 4, do: "accept" },
      { after: 10, do: "resolve", text: "Rooms can be booked for any service on weekday afternoons, when no family sessions run." },
    ],
  },
  {
    title: "Probation appointments clash with treatment groups",
    description: "Probation reporting times are set centrally and cannot be moved for treatment groups run by the drug service.",
    effect: "People miss treatment to avoid breaching their licence, or miss probation and are recalled.",
    category: "WORKFORCE",
    organisations: [PROBATION, "Change Grow Live"],
    where: { neighbourhood: "OLD-N02" },
    raisedDaysAgo: 40,
    steps: [{ after: 6, do: "accept", reviewInDays: 21 }, { after: 2, do: "comment", text: "Probation will look at offering two reporting slots a week at the treatment centre.", by: "owner" }],
  },
  {
    title: "Free school meals data cannot be used to find families entitled to help",
    description: "The council holds free school meals data, but its privacy notice does not allow it to be used to contact families about other help.",
    effect: "Families entitled to the warm homes grant and debt advice are never told about them.",
    category: "DATA_SHARING",
    organisations: ["Bolton Council"],
    where: { locality: "Bolton" },
    raisedDaysAgo: 100,
    steps: [
      { after: 9, do: "accept" },
      { after: 14, do: "escalate", reason: "A change to privacy notices in every borough: the partnership's information governance group sits under the board." },
    ],
  },
  {
    title: "Voluntary sector key workers have no access to the shared case",
    description: "VCSE key workers are not listed in the sharing agreement's parties, so they cannot be named workers on a case.",
    effect: "Key workers who see people most often hear about decisions last.",
    category: "DATA_SHARING",
    organisations: ["Mustard Tree", MCC],
    where: { neighbourhood: "MAN-N06" },
    raisedDaysAgo: 22,
    steps: [],
  },
  {
    title: "Only one agency may hold the budget for a personal budget pilot",
    description: "The pilot's grant letter requires one accountable body, so health money cannot be added to the council's personal budgets.",
    effect: "People with both care and health needs get two separate budgets and two sets of paperwork.",
    category: "BUDGET",
    organisations: ["Trafford Council", GMMH],
    where: { neighbourhood: "TRA-N02" },
    raisedDaysAgo: 190,
    steps: [
      { after: 10, do: "accept" },
      { after: 20, do: "escalate", reason: "Pooling needs a section 75 agreement between the council and the trust." },
      { after: 12, do: "accept" },
      { after: 40, do: "cannot", text: "The grant's conditions cannot be varied in this financial year; the locality will pool the budgets when the grant is renewed." },
    ],
  },
  {
    title: "Out-of-area GP registrations refused for people in temporary accommodation",
    description: "Practices refuse to register people placed in temporary accommodation outside their home borough because the stay may be short.",
    effect: "People use A&E for repeat prescriptions and long-term conditions go unmanaged.",
    category: "RULE",
    organisations: ["Salford Central Primary Care Network"],
    where: { neighbourhood: "SAL-N01" },
    raisedDaysAgo: 65,
    steps: [
      { after: 3, do: "accept" },
      { after: 4, do: "action", text: "Remind practices of the national guidance on registering people without a permanent address", owner: "Salford Central Primary Care Network", due: 14, status: "DONE" },
      { after: 20, do: "comment", text: "Two practices still refusing; the network manager is visiting them." },
    ],
  },
];
