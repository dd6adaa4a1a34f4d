// The part of the demo story that involves Greater Manchester Mental Health: worker.gmmh works on
// some Manchester cases, and five of worker.manchester's open cases have referrals from
// Manchester City Council waiting in GMMH's inbox.
import type { ReferralUrgency } from "@/lib/generated/prisma/client";
import type { SeedCase } from "./cases";
import { required } from "./collections";
import { demoEmails } from "./demo-accounts";
import type { SeedOrganisation } from "./organisations";
import { addDays, daysBetween, type Rng } from "./random";
import type { SeedUser, Workforce } from "./users";

const GMMH = "Greater Manchester Mental Health NHS Foundation Trust";
const PENDING_URGENCIES: readonly ReferralUrgency[] = ["URGENT", "SOON", "ROUTINE", "SOON", "ROUTINE"];
const OPEN_CASES_WORKED = 10;
const CLOSED_CASES_WORKED = 5;

export interface GmmhStory {
  /** GMMH, whose inbox holds exactly the story's pending referrals. */
  inboxOwner: SeedOrganisation;
  /** GMMH, for cases whose pending referral means GMMH must not already be involved. */
  excludedFrom(c: SeedCase): SeedOrganisation | null;
  /** GMMH with worker.gmmh, for the cases worker.gmmh works on. */
  forcedInto(c: SeedCase): { organisation: SeedOrganisation; worker: SeedUser } | null;
  /** GMMH and how urgent, for the cases with a referral pending in its inbox. */
  pendingTo(c: SeedCase): { organisation: SeedOrganisation; urgency: ReferralUrgency } | null;
}

export function selectGmmhStory(
  rng: Rng,
  now: Date,
  cases: readonly SeedCase[],
  organisations: readonly SeedOrganisation[],
  workforce: Workforce,
): GmmhStory {
  const gmmh = organisations.find((o) => o.name === GMMH);
  if (!gmmh) throw new Error(`Demo data: no organisation named ${GMMH}`);
  const worker = required(workforce.byEmail, demoEmails.workerGmmh, "demo user");
  const referrer = required(workforce.byEmail, demoEmails.workerManchester, "demo user");
  const mentalHealthFirst = (pool: SeedCase[]) =>
    rng
      .shuffle(pool)
      .sort((a, b) => Number(!a.themes.includes("MENTAL_HEALTH")) - Number(!b.themes.includes("MENTAL_HEALTH")));

  const pendingCases = mentalHealthFirst(
    cases.filter((c) => c.leadProfessional === referrer && c.status !== "CLOSED" && daysBetween(c.openedAt, now) > 1),
  ).slice(0, PENDING_URGENCIES.length);
  const pending = new Map(pendingCases.map((c, i) => [c, PENDING_URGENCIES[i]]));
  const worked = cases.filter(
    (c) =>
      c.neighbourhood.locality.name === "Manchester" &&
      c.leadOrganisation !== gmmh &&
      !pending.has(c) &&
      (c.themes.includes("MENTAL_HEALTH") || c.themes.includes("SUBSTANCE_MISUSE")) &&
      c.endAt > addDays(c.openedAt, 2),
  );
  const forced = new Set([
    ...rng.sample(
      worked.filter((c) => c.status !== "CLOSED"),
      OPEN_CASES_WORKED,
    ),
    ...rng.sample(
      worked.filter((c) => c.status === "CLOSED"),
      CLOSED_CASES_WORKED,
    ),
  ]);
  return {
    inboxOwner: gmmh,
    excludedFrom: (c) => (pending.has(c) ? gmmh : null),
    forcedInto: (c) => (forced.has(c) ? { organisation: gmmh, worker } : null),
    pendingTo: (c) => {
      const urgency = pending.get(c);
      return urgency ? { organisation: gmmh, urgency } : null;
    },
  };
}
