// The demo barriers and their histories: each story (barrier-stories.ts) is played forward from
// the day it was raised, step by step, writing the history entries, actions and comments it
// leaves and the barrier's state at the end (status, level, owner, review date, version).
import type {
  BarrierEventKind,
  BarrierStatus,
  EscalationLevel,
  NotificationKind,
  Prisma,
} from "@/lib/generated/prisma/client";
import type { SeedCase } from "./cases";
import { required } from "./collections";
import { demoEmails } from "./demo-accounts";
import type { Geography, SeedNeighbourhood } from "./geography";
import type { SeedOrganisation } from "./organisations";
import { addDays, earliest, type Rng } from "./random";
import { barrierStories, type BarrierStory, type StoryStep } from "./barrier-stories";
import type { SeedUser, Workforce } from "./users";
import { uuid } from "@/lib/domain/uuid";

export interface DemoBarriers {
  barriers: Prisma.BarrierCreateManyInput[];
  organisations: Prisma.BarrierOrganisationCreateManyInput[];
  caseLinks: Prisma.BarrierCaseLinkCreateManyInput[];
  actions: Prisma.BarrierActionCreateManyInput[];
  comments: Prisma.BarrierCommentCreateManyInput[];
  events: Prisma.BarrierEventCreateManyInput[];
  notifications: Prisma.NotificationCreateManyInput[];
}

/** Changes newer than this reach the people concerned as unread notifications. */
const NOTIFY_DAYS = 30;
const REVIEW_DAYS = 28;

const utcDay = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

type State = { status: BarrierStatus; level: EscalationLevel; owner: SeedUser | null; version: number; at: Date };

interface Context {
  rng: Rng;
  now: Date;
  geography: Geography;
  organisationByName: Map<string, SeedOrganisation>;
  workforce: Workforce;
  cases: readonly SeedCase[];
  out: DemoBarriers;
}

/** Who acts for a level: the demo team lead in their neighbourhood, else a lead of the place; the board member at the top. */
function responsibleFor(c: Context, level: EscalationLevel, neighbourhood: SeedNeighbourhood | null, locality: string): SeedUser {
  const byEmail = (email: string) => required(c.workforce.byEmail, email, "demo user");
  if (level === "PARTNERSHIP_BOARD") return byEmail(demoEmails.boardMember);
  if (level === "NEIGHBOURHOOD" && neighbourhood?.code === "MAN-N01") return byEmail(demoEmails.teamLeadManchester);
  if (level === "NEIGHBOURHOOD" && locality === "Salford" && ["SAL-N01", "SAL-N02"].includes(neighbourhood?.code ?? "")) return byEmail(demoEmails.leadNeighbourhood);
  if (locality === "Manchester") return byEmail(demoEmails.leadManchester);
  if (locality === "Bolton") return byEmail(demoEmails.leadBolton);
  const leads = c.workforce.users.filter((u) => u.role === "LOCALITY_LEAD" && u.homeLocality === locality && u.deactivatedAt === null);
  return leads[0] ?? byEmail(demoEmails.boardMember);
}

function placeOf(c: Context, story: BarrierStory) {
  if ("neighbourhood" in story.where) {
    const code = story.where.neighbourhood;
    const neighbourhood = c.geography.neighbourhoods.find((n) => n.code === code) ?? c.geography.neighbourhoods.find((n) => n.code.startsWith(code.slice(0, 4)));
    if (!neighbourhood) throw new Error(`Demo barriers: no neighbourhood ${code}`);
    return { neighbourhood, locality: neighbourhood.locality, level: "NEIGHBOURHOOD" as const };
  }
  const name = story.where.locality;
  const locality = c.geography.localities.find((l) => l.name === name);
  if (!locality) throw new Error(`Demo barriers: no locality ${name}`);
  return { neighbourhood: null, locality, level: "LOCALITY" as const };
}

/** The raiser, and cases of theirs where it bit (their organisation leads them, so they may see them). */
function raiserAndCases(c: Context, story: BarrierStory, neighbourhood: SeedNeighbourhood | null, localityName: string) {
  const there = c.cases.filter((k) => (neighbourhood ? k.neighbourhood.id === neighbourhood.id : k.neighbourhood.locality.name === localityName) && k.status !== "CLOSED");
  if (story.raiser) {
    const raiser = required(c.workforce.byEmail, demoEmails[story.raiser], "demo user");
    const own = there.filter((k) => k.leadOrganisation.id === raiser.organisation.id);
    return { raiser, cases: c.rng.sample(own, Math.min(story.linkCases ?? 0, own.length)) };
  }
  if (story.linkCases && there.length > 0) {
    const first = c.rng.pick(there);
    const own = there.filter((k) => k.leadOrganisation.id === first.leadOrganisation.id && k !== first);
    return { raiser: first.leadProfessional, cases: [first, ...c.rng.sample(own, Math.min(story.linkCases - 1, own.length))] };
  }
  const council = c.workforce.users.filter(
    (u) => u.role === "FRONTLINE_WORKER" && u.homeLocality === localityName && u.organisation.type === "LOCAL_AUTHORITY" && u.deactivatedAt === null && !u.reserved,
  );
  return { raiser: c.rng.pick(council.length ? council : c.workforce.users.filter((u) => u.role === "FRONTLINE_WORKER" && !u.reserved)), cases: [] };
}

export function buildBarriers(
  rng: Rng,
  now: Date,
  geography: Geography,
  organisations: readonly SeedOrganisation[],
  workforce: Workforce,
  cases: readonly SeedCase[],
): DemoBarriers {
  const out: DemoBarriers = { barriers: [], organisations: [], caseLinks: [], actions: [], comments: [], events: [], notifications: [] };
  const c: Context = { rng, now, geography, organisationByName: new Map(organisations.map((o) => [o.name, o])), workforce, cases, out };
  barrierStories.forEach((story, index) => playStory(c, story, index + 1));
  return out;
}

function playStory(c: Context, story: BarrierStory, number: number) {
  const { rng, now, out } = c;
  const id = rng.uuid();
  const place = placeOf(c, story);
  const localityName = place.locality.name;
  const { raiser, cases } = raiserAndCases(c, story, place.neighbourhood, localityName);
  const raisedAt = rng.workingTimeBetween(addDays(now, -story.raisedDaysAgo - 1), addDays(now, -story.raisedDaysAgo));
  const state: State = { status: "RAISED", level: place.level, owner: null, version: 1, at: raisedAt };
  let reviewBy = utcDay(addDays(raisedAt, REVIEW_DAYS));
  let acceptedAt: Date | null = null;
  let escalatedAt: Date | null = null;
  let closedAt: Date | null = null;
  let resolution: string | null = null;

  const event = (kind: BarrierEventKind, actor: SeedUser, fields: Partial<Prisma.BarrierEventCreateManyInput> = {}, alsoNotify: (SeedUser | null)[] = []) => {
    out.events.push({ id: rng.uuid(), barrierId: id, kind, actorId: actor.id, actorOrganisationId: actor.organisation.id, at: state.at, ...fields });
    if (state.at < addDays(now, -NOTIFY_DAYS)) return;
    const recipients = new Set([raiser, state.owner, ...alsoNotify].filter((u): u is SeedUser => u !== null && u.id !== actor.id).map((u) => u.id));
    for (const userId of recipients) out.notifications.push({ id: rng.uuid(), kind: `BARRIER_${kind}` as NotificationKind, userId, barrierId: id, createdAt: state.at });
  };

  event("RAISED", raiser, { toStatus: "RAISED", toLevel: place.level, details: { category: story.category, linkedCases: cases.length } });
  for (const step of story.steps) {
    const at = earliest(rng.workingTimeBetween(addDays(state.at, step.after), addDays(state.at, step.after + 1)), addDays(now, -0.05));
    state.at = at < state.at ? state.at : at;
    const actor = responsibleFor(c, state.level, place.neighbourhood, localityName);
    applyStep(c, step, { id, raiser, actor, state, event, setReview: (d) => (reviewBy = d) });
    if (step.do === "accept") acceptedAt = state.at;
    if (step.do === "escalate") {
      escalatedAt = state.at;
      acceptedAt = null;
      reviewBy = utcDay(addDays(state.at, REVIEW_DAYS));
    }
    if (step.do === "resolve" || step.do === "cannot") {
      closedAt = state.at;
      resolution = step.text;
    }
  }

  out.barriers.push({
    id,
    number,
    title: story.title,
    description: story.description,
    effect: story.effect,
    category: story.category,
    neighbourhoodId: place.neighbourhood?.id ?? null,
    localityId: place.locality.id,
    escalationLevel: state.level,
    status: state.status,
    raisedById: raiser.id,
    raisedByOrganisationId: raiser.organisation.id,
    ownerId: state.owner?.id ?? null,
    resolution,
    reviewBy,
    raisedAt,
    acceptedAt,
    escalatedAt,
    closedAt,
    version: state.version,
    updatedAt: state.at,
  });
  for (const name of story.organisations) {
    out.organisations.push({ barrierId: id, organisationId: required(c.organisationByName, name, "organisation").id });
  }
  for (const linked of cases) out.caseLinks.push({ barrierId: id, caseId: linked.id, linkedById: raiser.id, linkedAt: raisedAt });
}

type Play = {
  id: string;
  raiser: SeedUser;
  actor: SeedUser;
  state: State;
  event: (kind: BarrierEventKind, actor: SeedUser, fields?: Partial<Prisma.BarrierEventCreateManyInput>, alsoNotify?: (SeedUser | null)[]) => void;
  setReview: (date: Date) => void;
};

function applyStep(c: Context, step: StoryStep, p: Play) {
  const { state, actor } = p;
  const from = state.status;
  switch (step.do) {
    case "accept": {
      state.owner = actor;
      state.status = "ACCEPTED";
      state.version += 1;
      const reviewBy = utcDay(addDays(state.at, step.reviewInDays ?? 42));
      p.setReview(reviewBy);
      p.event("ACCEPTED", actor, { fromStatus: from, toStatus: "ACCEPTED", note: step.note ?? null, details: { reviewBy: reviewBy.toISOString().slice(0, 10) } });
      return;
    }
    case "action": {
      const actionId = c.rng.uuid();
      const dueOn = utcDay(addDays(state.at, step.due));
      const status = step.status ?? "OPEN";
      const owner = required(c.organisationByName, step.owner, "organisation");
      c.out.actions.push({
        id: actionId,
        barrierId: p.id,
        description: step.text,
        ownerOrganisationId: owner.id,
        ownerUserId: owner.id === actor.organisation.id ? actor.id : null,
        dueOn,
        status,
        completedAt: status === "DONE" ? earliest(addDays(dueOn, -2), addDays(c.now, -1)) : null,
        createdById: actor.id,
        createdAt: state.at,
        updatedAt: state.at,
      });
      const moves = state.status === "ACCEPTED";
      if (moves) {
        state.status = "IN_ACTION";
        state.version += 1;
      }
      p.event("ACTION_ADDED", actor, { ...(moves ? { fromStatus: from, toStatus: "IN_ACTION" as const } : {}), note: step.text, details: { actionId, dueOn: dueOn.toISOString().slice(0, 10) } });
      return;
    }
    case "comment": {
      const author = step.by === "raiser" ? p.raiser : actor;
      const commentId = c.rng.uuid();
      c.out.comments.push({ id: commentId, barrierId: p.id, authorId: author.id, authorOrganisationId: author.organisation.id, body: step.text, createdAt: state.at });
      p.event("COMMENTED", author, { note: step.text, details: { commentId } });
      return;
    }
    case "escalate": {
      const fromLevel = state.level;
      const toLevel: EscalationLevel = fromLevel === "NEIGHBOURHOOD" ? "LOCALITY" : "PARTNERSHIP_BOARD";
      const previousOwner = state.owner;
      state.level = toLevel;
      state.status = "RAISED";
      state.owner = null;
      state.version += 1;
      p.event("ESCALATED", actor, { fromStatus: from, toStatus: "RAISED", fromLevel, toLevel, note: step.reason }, [previousOwner]);
      return;
    }
    case "resolve":
    case "cannot": {
      const to = step.do === "resolve" ? "RESOLVED" : "CLOSED_UNRESOLVED";
      state.status = to;
      state.version += 1;
      p.event(to, actor, { fromStatus: from, toStatus: to, note: step.text });
      return;
    }
  }
}

/** The demo barriers as the dataset's tables. */
export function barrierRows(b: DemoBarriers) {
  return {
    barrier: b.barriers,
    barrierOrganisation: b.organisations,
    barrierCaseLink: b.caseLinks,
    barrierAction: b.actions,
    barrierComment: b.comments,
    barrierEvent: b.events,
    barrierNotification: b.notifications,
  };
}
