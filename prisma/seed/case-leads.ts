// Who leads a demo case: an organisation serving the locality that works on the presenting need,
// and one of its frontline workers there; plus the demo workers' deliberate case loads.
import { required } from "./collections";
import { demoEmails } from "./demo-accounts";
import type { LocalityName } from "./localities";
import { organisationsFor, type SeedOrganisation } from "./organisations";
import type { Rng } from "./random";
import type { ThemeCode } from "./reference-data";
import type { SeedCase } from "./cases";
import type { SeedUser, Workforce } from "./users";

export function chooseLead(
  rng: Rng,
  organisations: readonly SeedOrganisation[],
  workforce: Workforce,
  locality: LocalityName,
  presentingNeed: ThemeCode,
): { organisation: SeedOrganisation; professional: SeedUser } {
  const staffed = (o: SeedOrganisation) => o.leadWeight > 0 && workforce.workersOf(o, locality).length > 0;
  let candidates = organisationsFor(organisations, locality, presentingNeed).filter(staffed);
  // The council leads when no one serving the locality works on that need.
  if (candidates.length === 0)
    candidates = organisationsFor(organisations, locality).filter((o) => o.type === "LOCAL_AUTHORITY" && staffed(o));
  const organisation = rng.weightedBy(candidates, (o) => o.leadWeight);
  return { organisation, professional: rng.pick(workforce.workersOf(organisation, locality)) };
}

interface CaseLoad {
  email: string;
  organisationName: string;
  locality: LocalityName;
  /** Needs that fit the worker's job, preferred when choosing their cases. */
  preferredThemes: readonly ThemeCode[];
  open: number;
  closed: number;
}

const demoCaseLoads: readonly CaseLoad[] = [
  {
    email: demoEmails.workerManchester,
    organisationName: "Manchester City Council",
    locality: "Manchester",
    preferredThemes: ["HOMELESSNESS"],
    open: 26,
    closed: 14,
  },
  {
    email: demoEmails.workerBolton,
    organisationName: "Bolton Council",
    locality: "Bolton",
    preferredThemes: ["FAMILY_SUPPORT", "EARLY_YEARS"],
    open: 20,
    closed: 10,
  },
];

/** Hands the demo workers a known number of their organisation's cases (worker.manchester 40, worker.bolton 30). */
export function assignDemoCaseLoads(rng: Rng, cases: readonly SeedCase[], workforce: Workforce): void {
  for (const load of demoCaseLoads) {
    const worker = required(workforce.byEmail, load.email, "demo user");
    const theirs = cases.filter(
      (c) => c.neighbourhood.locality.name === load.locality && c.leadOrganisation.name === load.organisationName,
    );
    const fits = (c: SeedCase) => (c.themes.some((t) => load.preferredThemes.includes(t)) ? 0 : 1);
    const choose = (pool: SeedCase[], count: number) =>
      rng
        .shuffle(pool)
        .sort((a, b) => fits(a) - fits(b))
        .slice(0, count);
    const chosen = [
      ...choose(
        theirs.filter((c) => c.status !== "CLOSED"),
        load.open,
      ),
      ...choose(
        theirs.filter((c) => c.status === "CLOSED"),
        load.closed,
      ),
    ];
    for (const c of chosen) {
      c.leadProfessional = worker;
      c.createdBy = worker;
    }
  }
}
