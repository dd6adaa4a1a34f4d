// A frontline data set at scale for the benchmarks (never the demo): organisations of every kind
// with their workers, sharing agreements, people (≈3 per case) and shared cases with themes and
// the team around the person. Every field is drawn on its own from a seeded generator — a
// person's name, birthday, postcode and NHS number are independent of each other and of their
// cases — and every id is a standard random (v4) UUID.
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { nhsCheckDigit } from "@/lib/domain/nhs-number";
import { searchNameOf } from "@/lib/domain/person-matching";
import { nhsNumberLookup } from "@/lib/people/nhs-number-field";
import { familyNames, givenNames, rareFamilyNames, rareGivenNames } from "./names";

export const peoplePerCase = 3;
const organisationKinds = ["LOCAL_AUTHORITY", "NHS_TRUST", "PRIMARY_CARE", "MENTAL_HEALTH_TRUST", "POLICE", "PROBATION", "HOUSING_PROVIDER", "JOBCENTRE_DWP", "VCSE"] as const;
const organisationCount = 60;
const workersPerOrganisation = 5;
const themeCount = 12;
const localities = 10;
const neighbourhoodsPerLocality = 7;
const statuses = ["OPEN", "ACTIVE", "ON_HOLD", "CLOSED"] as const;
const statusWeights = [15, 35, 5, 45];
const risks = ["LOW", "MEDIUM", "HIGH", "VERY_HIGH"] as const;

/** mulberry32: small, fast and seeded, so a size always gives the same draws. */
export function randomSource(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  /** An index drawn with the given weights (cumulative sums precomputed once per list). */
  const weighted = (sums: number[]) => {
    const x = next() * sums[sums.length - 1];
    let lo = 0;
    let hi = sums.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sums[mid] > x) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  };
  return { next, int, weighted };
}

/** Running sums of weights, for `weighted`. */
export function cumulative(weights: number[]): number[] {
  let total = 0;
  return weights.map((w) => (total += w));
}

// Zipf-like, flattened: the most common name is held by ≈2–3 % of people (Smith in England and
// Wales: ≈1.2 %), the hundredth by a tenth of that.
const zipf = (n: number) => Array.from({ length: n }, (_, i) => 1 / (i + 20));
/** Shares of people with a name from the common lists; the rest have a rarer one. */
const commonGivenShare = 0.6;
const commonFamilyShare = 0.3;

export type World = {
  organisationIds: string[];
  /** Workers of each organisation, by the organisation's index. */
  workerIds: string[][];
  neighbourhoodIds: string[];
  themeIds: string[];
  /** Share of cases each organisation leads: a few large councils and trusts lead most. */
  leadWeights: number[];
};

export async function createWorld(client: pg.PoolClient): Promise<World> {
  const random = randomSource(1);
  const organisationIds = Array.from({ length: organisationCount }, () => randomUUID());
  const workerIds = organisationIds.map(() => Array.from({ length: workersPerOrganisation }, () => randomUUID()));
  const localityIds = Array.from({ length: localities }, () => randomUUID());
  const neighbourhoodIds = Array.from({ length: localities * neighbourhoodsPerLocality }, () => randomUUID());
  const themeIds = Array.from({ length: themeCount }, () => randomUUID());
  await client.query(
    `INSERT INTO "Organisation" (id, name, type, status, "updatedAt")
     SELECT id, 'Frontline organisation ' || n, kind::"OrganisationType", 'ACTIVE', now() FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS o(id, kind, n)`,
    [organisationIds, organisationIds.map((_, i) => organisationKinds[i % organisationKinds.length])],
  );
  await client.query(
    `INSERT INTO "User" (id, email, name, "organisationId", "updatedAt")
     SELECT id, 'worker' || n || '@frontline.bench.test', 'Frontline worker ' || n, org, now() FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS u(id, org, n)`,
    [workerIds.flat(), workerIds.flatMap((ws, i) => ws.map(() => organisationIds[i]))],
  );
  await client.query(
    `INSERT INTO "RoleAssignment" ("userId", role) SELECT id, 'FRONTLINE_WORKER' FROM unnest($1::uuid[]) AS u(id)`,
    [workerIds.flat()],
  );
  await client.query(
    `INSERT INTO "Locality" (id, code, name, slug) SELECT id, 'FL-L' || n, 'Frontline locality ' || n, 'frontline-locality-' || n FROM unnest($1::uuid[]) WITH ORDINALITY AS l(id, n)`,
    [localityIds],
  );
  await client.query(
    `INSERT INTO "Neighbourhood" (id, code, name, slug, "localityId", population, "updatedAt")
     SELECT id, 'FL-N' || n, 'Frontline neighbourhood ' || n, 'frontline-neighbourhood-' || n, locality, 40000, now()
     FROM unnest($1::uuid[], $2::uuid[]) WITH ORDINALITY AS x(id, locality, n)`,
    [neighbourhoodIds, neighbourhoodIds.map((_, i) => localityIds[i % localities])],
  );
  await client.query(
    `INSERT INTO "Theme" (id, code, name, "sortOrder") SELECT id, 'FL_T' || n, 'Frontline theme ' || n, n FROM unnest($1::uuid[]) WITH ORDINALITY AS t(id, n)`,
    [themeIds],
  );
  // Agreements among overlapping groups of organisations, each covering some of the themes.
  for (let a = 0; a < 8; a += 1) {
    const agreementId = randomUUID();
    const parties = organisationIds.filter(() => random.next() < 0.35);
    const themes = themeIds.filter(() => random.next() < 0.7);
    await client.query(
      `INSERT INTO "SharingAgreement" (id, reference, title, purpose, "lawfulBasis", status, "startsOn", "updatedAt")
       VALUES ($1, 'FL-ISA-' || $2, 'Frontline agreement ' || $2, 'Bench', 'PUBLIC_TASK', 'ACTIVE', date '2024-01-01', now())`,
      [agreementId, a + 1],
    );
    await client.query(`INSERT INTO "AgreementParty" ("agreementId", "organisationId") SELECT $1, unnest($2::uuid[])`, [agreementId, parties]);
    await client.query(`INSERT INTO "AgreementTheme" ("agreementId", "themeId") SELECT $1, unnest($2::uuid[])`, [agreementId, themes]);
  }
  const leadWeights = organisationIds.map((_, i) => (i % organisationKinds.length === 0 ? 20 : 1) * (1 + random.int(4)));
  return { organisationIds, workerIds, neighbourhoodIds, themeIds, leadWeights };
}

const givenSums = cumulative(zipf(givenNames.length));
const familySums = cumulative(zipf(familyNames.length));
const dayMs = 86_400_000;
const firstBirthday = Date.UTC(1930, 0, 1);
const birthdaySpanDays = Math.floor((Date.UTC(2024, 0, 1) - firstBirthday) / dayMs);
const outwardCodes = ["M", "OL", "BL", "SK", "WN", "WA", "BB"] as const;
const inwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

/** A postcode among about `people / 25` (≈25 people share one, as in a dense city). */
function postcodeFor(random: ReturnType<typeof randomSource>, people: number): string {
  const pool = Math.max(100, Math.floor(people / 25));
  const n = random.int(pool);
  const area = outwardCodes[n % outwardCodes.length];
  const district = 1 + (Math.floor(n / outwardCodes.length) % 40);
  const rest = Math.floor(n / (outwardCodes.length * 40));
  const sector = rest % 10;
  const unit = Math.floor(rest / 10);
  return `${area}${district} ${sector}${inwardLetters[unit % 20]}${inwardLetters[Math.floor(unit / 20) % 20]}`;
}

/** A valid NHS number (modulus 11), or null for the one draw in eleven whose check digit would be 10. */
function nhsNumberFor(random: ReturnType<typeof randomSource>): string | null {
  const firstNine = String(400_000_000 + random.int(599_999_999)).padStart(9, "0");
  const check = nhsCheckDigit(firstNine);
  return check === null ? null : `${firstNine}${check}`;
}

/**
 * Adds `cases` cases and `cases * peoplePerCase` people, in one transaction per batch. The people
 * come first; each case is for one of all the people so far (some have several cases, most none).
 */
export async function addBatch(client: pg.PoolClient, world: World, batch: { cases: number; seed: number; peopleSoFar: string[] }) {
  const random = randomSource(batch.seed);
  const leadSums = cumulative(world.leadWeights);
  const statusSums = cumulative(statusWeights);
  const people = batch.cases * peoplePerCase;
  const ids: string[] = [];
  const given: string[] = [];
  const family: string[] = [];
  const search: string[] = [];
  const born: string[] = [];
  const postcodes: (string | null)[] = [];
  const hashes: (string | null)[] = [];
  const numbers: (string | null)[] = [];
  const recordedBy: string[] = [];
  for (let i = 0; i < people; i += 1) {
    const g = random.next() < commonGivenShare ? givenNames[random.weighted(givenSums)] : rareGivenNames[random.int(rareGivenNames.length)];
    const f = random.next() < commonFamilyShare ? familyNames[random.weighted(familySums)] : rareFamilyNames[random.int(rareFamilyNames.length)];
    const nhs = random.next() < 0.8 ? nhsNumberFor(random) : null;
    ids.push(randomUUID());
    given.push(g);
    family.push(f);
    search.push(searchNameOf(g, f));
    born.push(new Date(firstBirthday + random.int(birthdaySpanDays) * dayMs).toISOString().slice(0, 10));
    postcodes.push(random.next() < 0.9 ? postcodeFor(random, batch.peopleSoFar.length + people) : null);
    numbers.push(nhs);
    hashes.push(nhs ? nhsNumberLookup(nhs) : null);
    const org = random.weighted(leadSums);
    recordedBy.push(world.workerIds[org][random.int(workersPerOrganisation)]);
  }
  await client.query(
    `INSERT INTO "Person" (id, "givenName", "familyName", "searchName", "dateOfBirth", postcode, "nhsNumberHash", "createdById", "updatedAt")
     SELECT id, g, f, s, b, pc, h, u, now() FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::date[], $6::text[], $7::text[], $8::uuid[]) AS x(id, g, f, s, b, pc, h, u)`,
    [ids, given, family, search, born, postcodes, hashes, recordedBy],
  );
  // Clear numbers only for the benchmark to type in, in a table of its own database.
  await client.query(`INSERT INTO bench_nhs_number ("personId", number) SELECT * FROM unnest($1::uuid[], $2::text[]) AS x(p, n) WHERE n IS NOT NULL`, [ids, numbers]);
  batch.peopleSoFar.push(...ids);

  const caseIds: string[] = [];
  const casePeople: string[] = [];
  const caseNeighbourhoods: string[] = [];
  const caseStatuses: string[] = [];
  const caseRisks: string[] = [];
  const caseLeads: string[] = [];
  const caseWorkers: string[] = [];
  const caseOpened: string[] = [];
  const themeCases: string[] = [];
  const themeIds: string[] = [];
  const teamCases: string[] = [];
  const teamOrganisations: string[] = [];
  const teamRoles: string[] = [];
  const now = Date.UTC(2026, 10, 30);
  for (let i = 0; i < batch.cases; i += 1) {
    const id = randomUUID();
    const lead = random.weighted(leadSums);
    caseIds.push(id);
    casePeople.push(batch.peopleSoFar[random.int(batch.peopleSoFar.length)]);
    caseNeighbourhoods.push(world.neighbourhoodIds[random.int(world.neighbourhoodIds.length)]);
    caseStatuses.push(statuses[random.weighted(statusSums)]);
    caseRisks.push(risks[random.int(risks.length)]);
    caseLeads.push(world.organisationIds[lead]);
    caseWorkers.push(world.workerIds[lead][random.int(workersPerOrganisation)]);
    caseOpened.push(new Date(now - random.int(3 * 365) * dayMs).toISOString());
    const themes = new Set(Array.from({ length: 1 + random.int(3) }, () => world.themeIds[random.int(themeCount)]));
    for (const t of themes) {
      themeCases.push(id);
      themeIds.push(t);
    }
    teamCases.push(id);
    teamOrganisations.push(world.organisationIds[lead]);
    teamRoles.push("LEAD");
    const partners = new Set(Array.from({ length: random.int(4) }, () => random.int(organisationCount)));
    partners.delete(lead);
    for (const p of partners) {
      teamCases.push(id);
      teamOrganisations.push(world.organisationIds[p]);
      teamRoles.push("SUPPORTING");
    }
  }
  await client.query(
    `INSERT INTO "SharedCase" (id, "personId", "neighbourhoodId", "riskLevel", status, "closureReason", "leadProfessionalId",
       "leadOrganisationId", "createdById", "openedAt", "closedAt", "updatedAt")
     SELECT id, person, place, risk::"RiskLevel", status::"CaseStatus",
       CASE WHEN status = 'CLOSED' THEN 'OUTCOMES_ACHIEVED'::"ClosureReason" END, worker, lead, worker, opened,
       CASE WHEN status = 'CLOSED' THEN least(opened + interval '90 days', now()) END, now()
     FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::text[], $6::uuid[], $7::uuid[], $8::timestamptz[])
       AS x(id, person, place, risk, status, lead, worker, opened)`,
    [caseIds, casePeople, caseNeighbourhoods, caseRisks, caseStatuses, caseLeads, caseWorkers, caseOpened],
  );
  await client.query(`INSERT INTO "CaseTheme" ("caseId", "themeId") SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [themeCases, themeIds]);
  await client.query(
    `INSERT INTO "CaseInvolvement" ("caseId", "organisationId", role) SELECT c, o, r::"InvolvementRole" FROM unnest($1::uuid[], $2::uuid[], $3::text[]) AS x(c, o, r)`,
    [teamCases, teamOrganisations, teamRoles],
  );
}
