// The team around the person on each demo case: the lead organisation, others that joined
// directly or through an accepted referral, their named workers, and referrals that were
// declined, withdrawn or are still pending.
import type { InvolvementRole, Prisma, ReferralUrgency } from "@/lib/generated/prisma/client";
import type { SeedCase } from "./cases";
import { groupBy } from "./collections";
import { selectGmmhStory } from "./demo-story";
import { organisationsFor, type SeedOrganisation } from "./organisations";
import { addDays, addHours, daysBetween, earliest, latest, type Rng } from "./random";
import { makeReferral, responseDelayHours, urgencyFor, type SeedReferral } from "./referrals";
import type { SeedTeam } from "./teams";
import type { SeedUser, Workforce } from "./users";

export interface SeedInvolvement {
  id: string;
  organisation: SeedOrganisation;
  role: InvolvementRole;
  joinedAt: Date;
  leftAt: Date | null;
  viaReferralId: string | null;
  /** Named workers; the first is the organisation's main contact on the case. */
  workers: SeedUser[];
}

export interface CaseTeams {
  /** Per case id, the lead organisation's involvement first. */
  teamOf: Map<string, SeedInvolvement[]>;
  referrals: SeedReferral[];
}

type TeamIdFor = (c: SeedCase, to: SeedOrganisation) => string | null;

export function buildCaseTeams(
  rng: Rng,
  now: Date,
  cases: readonly SeedCase[],
  organisations: readonly SeedOrganisation[],
  workforce: Workforce,
  teams: readonly SeedTeam[],
): CaseTeams {
  const result: CaseTeams = { teamOf: new Map(), referrals: [] };
  const story = selectGmmhStory(rng, now, cases, organisations, workforce);
  const teamsByNeighbourhood = groupBy(teams, (t) => t.neighbourhood.id);
  // Referrals sometimes go to the receiving organisation's people in the neighbourhood team.
  const toTeamId: TeamIdFor = (c, to) =>
    rng.chance(0.4)
      ? ((teamsByNeighbourhood.get(c.neighbourhood.id) ?? []).find((t) => t.members.some((m) => m.organisation === to))
          ?.id ?? null)
      : null;

  for (const c of cases) {
    const locality = c.neighbourhood.locality.name;
    const team = [leadInvolvement(rng, c, workforce)];
    result.teamOf.set(c.id, team);
    const candidates = organisationsFor(organisations, locality).filter(
      (o) =>
        o !== c.leadOrganisation &&
        o !== story.excludedFrom(c) &&
        o.themes.some((t) => c.themes.includes(t)) &&
        workforce.workersOf(o, locality).length > 0,
    );
    const forced = story.forcedInto(c);
    const chosen = chooseOthers(rng, c, candidates);
    if (forced && !chosen.includes(forced.organisation)) chosen.splice(2, 1, forced.organisation);
    for (const organisation of chosen) {
      const worker =
        forced?.organisation === organisation ? forced.worker : rng.pick(workforce.workersOf(organisation, locality));
      const joined = joinTeam(rng, c, organisation, worker, toTeamId);
      team.push(joined.involvement);
      if (joined.referral) result.referrals.push(joined.referral);
    }
    const notInvolved = candidates.filter((o) => !chosen.includes(o));
    result.referrals.push(...unsuccessfulReferrals(rng, now, c, notInvolved, story.inboxOwner, workforce, toTeamId));
    const pendingTo = story.pendingTo(c);
    if (pendingTo)
      result.referrals.push(pendingReferral(rng, now, c, pendingTo.organisation, 6, null, pendingTo.urgency));
  }
  return result;
}

/** The lead organisation with the lead professional, now and then with a colleague. */
function leadInvolvement(rng: Rng, c: SeedCase, workforce: Workforce): SeedInvolvement {
  const workers = [c.leadProfessional];
  const colleague = rng.chance(0.15)
    ? rng.pick(workforce.workersOf(c.leadOrganisation, c.neighbourhood.locality.name))
    : null;
  if (colleague && colleague !== c.leadProfessional) workers.push(colleague);
  return {
    id: rng.uuid(),
    organisation: c.leadOrganisation,
    role: "LEAD",
    joinedAt: c.openedAt,
    leftAt: null,
    viaReferralId: null,
    workers,
  };
}

/** Up to three more organisations, favouring those that work on more of the case's needs. */
function chooseOthers(rng: Rng, c: SeedCase, candidates: readonly SeedOrganisation[]): SeedOrganisation[] {
  const chosen: SeedOrganisation[] = [];
  const wanted =
    daysBetween(c.openedAt, c.endAt) < 0.2
      ? 0
      : rng.weighted([
          [0, 15],
          [1, 35],
          [2, 32],
          [3, 18],
        ]);
  while (chosen.length < wanted && chosen.length < candidates.length) {
    const remaining = candidates.filter((o) => !chosen.includes(o));
    chosen.push(rng.weightedBy(remaining, (o) => 1 + o.themes.filter((t) => c.themes.includes(t)).length));
  }
  return chosen;
}

/** An organisation joins soon after opening or later on; most come in through an accepted referral. */
function joinTeam(rng: Rng, c: SeedCase, organisation: SeedOrganisation, worker: SeedUser, toTeamId: TeamIdFor) {
  const span = daysBetween(c.openedAt, c.endAt);
  const offset = rng.chance(0.5) ? Math.min(3, span * 0.5) : span * 0.6;
  const joinedAt = rng.workingTimeBetween(addHours(c.openedAt, 0.2), addDays(c.openedAt, Math.max(offset, 0.01)));
  const leftAt =
    daysBetween(joinedAt, c.endAt) > 14 && rng.chance(0.1) ? rng.dateBetween(addDays(joinedAt, 7), c.endAt) : null;
  const involvement: SeedInvolvement = {
    id: rng.uuid(),
    organisation,
    role: roleFor(rng, organisation, c),
    joinedAt,
    leftAt,
    viaReferralId: null,
    workers: [worker],
  };
  if (!rng.chance(0.6)) return { involvement, referral: null };
  const urgency = urgencyFor(rng, c.riskLevel);
  const sentAt = latest(addHours(c.openedAt, 0.1), addHours(joinedAt, -responseDelayHours(rng, urgency)));
  const referral = makeReferral(
    rng,
    {
      caseId: c.id,
      caseThemes: c.themes,
      risk: c.riskLevel,
      from: c.leadOrganisation,
      sentBy: c.leadProfessional,
      to: organisation,
      toTeamId: toTeamId(c, organisation),
      sentAt,
    },
    { status: "ACCEPTED", respondedBy: worker, respondedAt: joinedAt, urgency },
  );
  involvement.viaReferralId = referral.id;
  return { involvement, referral };
}

function roleFor(rng: Rng, organisation: SeedOrganisation, c: SeedCase): InvolvementRole {
  const worksOnSecondaryNeed = c.themes.slice(1).some((t) => organisation.themes.includes(t));
  return rng.weighted<InvolvementRole>([
    ["KEY_WORKER", worksOnSecondaryNeed ? 30 : 10],
    ["SUPPORTING", 40],
    ["SPECIALIST", 25],
    ["ADVISORY", 10],
  ]);
}

function pendingReferral(
  rng: Rng,
  now: Date,
  c: SeedCase,
  to: SeedOrganisation,
  withinDays: number,
  toTeamId: string | null,
  urgency: ReferralUrgency = urgencyFor(rng, c.riskLevel),
): SeedReferral {
  const sentAt = rng.workingTimeBetween(latest(addHours(c.openedAt, 1), addDays(now, -withinDays)), addHours(now, -1));
  return makeReferral(
    rng,
    {
      caseId: c.id,
      caseThemes: c.themes,
      risk: c.riskLevel,
      from: c.leadOrganisation,
      sentBy: c.leadProfessional,
      to,
      toTeamId,
      sentAt,
    },
    { status: "PENDING", urgency },
  );
}

/** Some referrals are declined or withdrawn; a few recent ones wait for an answer. */
function unsuccessfulReferrals(
  rng: Rng,
  now: Date,
  c: SeedCase,
  notInvolved: readonly SeedOrganisation[],
  noPendingTo: SeedOrganisation,
  workforce: Workforce,
  toTeamId: TeamIdFor,
): SeedReferral[] {
  const referrals: SeedReferral[] = [];
  const targets = rng.shuffle(notInvolved);
  const span = daysBetween(c.openedAt, c.endAt);
  const draft = (to: SeedOrganisation, sentAt: Date) => ({
    caseId: c.id,
    caseThemes: c.themes,
    risk: c.riskLevel,
    from: c.leadOrganisation,
    sentBy: c.leadProfessional,
    to,
    toTeamId: toTeamId(c, to),
    sentAt,
  });
  const declineTo = span > 3 && rng.chance(0.15) ? targets.pop() : undefined;
  if (declineTo) {
    const sentAt = rng.workingTimeBetween(c.openedAt, addDays(c.endAt, -2));
    const respondedAt = earliest(addHours(sentAt, rng.float(2, 120)), c.endAt);
    const respondedBy = rng.pick(workforce.workersOf(declineTo, c.neighbourhood.locality.name));
    referrals.push(makeReferral(rng, draft(declineTo, sentAt), { status: "DECLINED", respondedBy, respondedAt }));
  }
  const withdrawFrom = span > 3 && rng.chance(0.04) ? targets.pop() : undefined;
  if (withdrawFrom) {
    referrals.push(
      makeReferral(rng, draft(withdrawFrom, rng.workingTimeBetween(c.openedAt, addDays(c.endAt, -1))), {
        status: "WITHDRAWN",
      }),
    );
  }
  const recent = c.status !== "CLOSED" && daysBetween(c.openedAt, now) < 60;
  const pendingTo = recent && rng.chance(0.05) ? targets.find((o) => o !== noPendingTo) : undefined;
  if (pendingTo) referrals.push(pendingReferral(rng, now, c, pendingTo, 21, toTeamId(c, pendingTo)));
  return referrals;
}

export function involvementRows(cases: readonly SeedCase[], teams: CaseTeams) {
  const involvements: Prisma.CaseInvolvementCreateManyInput[] = [];
  const workers: Prisma.CaseWorkerCreateManyInput[] = [];
  for (const c of cases) {
    for (const [i, inv] of (teams.teamOf.get(c.id) ?? []).entries()) {
      involvements.push({
        id: inv.id,
        caseId: c.id,
        organisationId: inv.organisation.id,
        role: inv.role,
        joinedAt: inv.joinedAt,
        leftAt: inv.leftAt,
        viaReferralId: inv.viaReferralId,
      });
      for (const [j, worker] of inv.workers.entries()) {
        const role = i === 0 && j === 0 ? "Lead professional" : worker.jobTitle;
        workers.push({ caseId: c.id, userId: worker.id, role, addedAt: inv.joinedAt, removedAt: inv.leftAt });
      }
    }
  }
  return { involvements, workers };
}
