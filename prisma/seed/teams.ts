// Co-located multi-agency teams: one or two in many neighbourhoods (every one in Manchester,
// whose 12 integrated neighbourhood teams are real), with members from several organisations.
import type { Prisma } from "@/lib/generated/prisma/client";
import { required } from "./collections";
import { demoEmails } from "./demo-accounts";
import type { Geography, SeedNeighbourhood } from "./geography";
import { randomStreet } from "./names";
import { organisationsFor, type SeedOrganisation } from "./organisations";
import type { Postcodes } from "./postcodes";
import { addDays, latest, type Rng } from "./random";
import type { SeedUser, Workforce } from "./users";
import { uuid } from "@/lib/domain/uuid";

export interface SeedTeam {
  id: string;
  name: string;
  neighbourhood: SeedNeighbourhood;
  createdAt: Date;
  members: SeedUser[];
}

export interface Teams {
  teams: SeedTeam[];
  rows: Prisma.TeamCreateManyInput[];
  memberRows: Prisma.TeamMemberCreateManyInput[];
}

const BASES = [
  "Health Centre",
  "Neighbourhood Hub",
  "Community Centre",
  "Library and Customer Service Centre",
  "Police Station",
  "Children's Centre",
];

function baseAddress(rng: Rng, postcodes: Postcodes, neighbourhood: SeedNeighbourhood): string {
  const ward = rng.pick(neighbourhood.wards).name.split(" and ")[0];
  const postcode = rng.pick(postcodes.byNeighbourhoodId.get(neighbourhood.id) ?? []).postcode;
  return `${ward} ${rng.pick(BASES)}, ${rng.int(1, 150)} ${randomStreet(rng)}, ${neighbourhood.locality.name} ${postcode}`;
}

/** Members from the council and three to five other organisations, preferring people in no team yet. */
function chooseMembers(
  rng: Rng,
  workforce: Workforce,
  organisations: readonly SeedOrganisation[],
  neighbourhood: SeedNeighbourhood,
  taken: Set<string>,
) {
  const locality = neighbourhood.locality.name;
  const serving = organisationsFor(organisations, locality).filter((o) => o.type !== "UNIVERSITY");
  const council = serving.filter((o) => o.type === "LOCAL_AUTHORITY");
  const others = rng.sample(
    serving.filter((o) => o.type !== "LOCAL_AUTHORITY"),
    rng.int(3, 5),
  );
  const members: SeedUser[] = [];
  for (const organisation of [...council, ...others]) {
    const local = workforce.workersOf(organisation, locality).filter((u) => u.homeLocality === locality);
    const free = local.filter((u) => !taken.has(u.id));
    const chosen = rng.sample(
      free.length ? free : local,
      organisation.type === "LOCAL_AUTHORITY" ? rng.int(2, 3) : rng.int(1, 2),
    );
    for (const user of chosen) {
      if (members.includes(user)) continue;
      members.push(user);
      taken.add(user.id);
    }
  }
  return members;
}

export function buildTeams(
  rng: Rng,
  now: Date,
  geography: Geography,
  postcodes: Postcodes,
  organisations: readonly SeedOrganisation[],
  workforce: Workforce,
): Teams {
  const taken = new Set<string>();
  const teams: SeedTeam[] = [];
  const rows: Prisma.TeamCreateManyInput[] = [];
  for (const neighbourhood of geography.neighbourhoods) {
    // Every locality has at least one team, so each demo worker can sit in one.
    const always = neighbourhood.locality.name === "Manchester" || neighbourhood.code.endsWith("-N01");
    if (!always && !rng.chance(0.55)) continue;
    const names = [`${neighbourhood.name} Integrated Neighbourhood Team`];
    if (rng.chance(0.15)) names.push(`${neighbourhood.name} Early Help Hub`);
    for (const name of names) {
      const createdAt = rng.dateBetween(addDays(now, -900), addDays(now, -740));
      const members = chooseMembers(rng, workforce, organisations, neighbourhood, taken);
      const team: SeedTeam = { id: rng.uuid(), name, neighbourhood, createdAt, members };
      teams.push(team);
      rows.push({
        id: team.id,
        name,
        neighbourhoodId: neighbourhood.id,
        baseAddress: baseAddress(rng, postcodes, neighbourhood),
        createdAt,
        updatedAt: createdAt,
      });
    }
  }
  addDemoMembers(teams, workforce);
  const memberRows = teams.flatMap((team) =>
    team.members.map((user, i) => ({
      teamId: team.id,
      userId: user.id,
      roleInTeam: i === 0 ? "Team leader" : user.jobTitle,
      joinedAt: rng.dateBetween(latest(user.createdAt, team.createdAt), addDays(now, -30)),
    })),
  );
  return { teams, rows, memberRows };
}

/** The demo workers sit in a team of their locality, so the team view shows them. */
function addDemoMembers(teams: SeedTeam[], workforce: Workforce) {
  const placements: [string, string][] = [
    [demoEmails.workerManchester, "Manchester"],
    [demoEmails.workerGmmh, "Manchester"],
    [demoEmails.workerBolton, "Bolton"],
    [demoEmails.teamLeadManchester, "Manchester"],
  ];
  for (const [email, locality] of placements) {
    const team = teams.find((t) => t.neighbourhood.locality.name === locality);
    if (team) team.members.push(required(workforce.byEmail, email, "demo user"));
  }
}
