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
import { createHash } from "node:crypto";

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
  /** A supervisor (team manager) for every team, scoped to it: need-to-know's supervisors. */
  supervisorRows: Prisma.RoleAssignmentCreateManyInput[];
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
  const supervisorRows = supervisorsOf(teams, workforce);
  const memberRows = teams.flatMap((team) =>
    team.members.map((user, i) => ({
      teamId: team.id,
      userId: user.id,
      roleInTeam: i === 0 ? "Team leader" : user.jobTitle,
      // The late demo supervisor's date takes nothing from the random stream (see users.ts).
      joinedAt:
        user.email === demoEmails.supervisorManchester
          ? latest(user.createdAt, team.createdAt)
          : rng.dateBetween(latest(user.createdAt, team.createdAt), addDays(now, -30)),
    })),
  );
  return { teams, rows, memberRows, supervisorRows };
}

/**
 * The team leader (first member) supervises each team; the demo supervisor supervises MAN-N02's
 * team, and MAN-N01's has the demo team lead, who supervises its neighbourhood already.
 * Ids come from the team's, so the rows take nothing from the random stream.
 */
function supervisorsOf(teams: readonly SeedTeam[], workforce: Workforce): Prisma.RoleAssignmentCreateManyInput[] {
  const demoSupervisor = required(workforce.byEmail, demoEmails.supervisorManchester, "demo user");
  return teams.flatMap((team) => {
    if (team.neighbourhood.code === "MAN-N01") return [];
    const supervisor = team.members.includes(demoSupervisor) ? demoSupervisor : team.members[0];
    if (!supervisor) return [];
    const id = createHash("sha256").update(`supervisor of ${team.id}`).digest("hex");
    return [{
      id: `${id.slice(0, 8)}-${id.slice(8, 12)}-4${id.slice(13, 16)}-8${id.slice(17, 20)}-${id.slice(20, 32)}`,
      userId: supervisor.id,
      role: "SUPERVISOR" as const,
      teamId: team.id,
      createdAt: latest(supervisor.createdAt, team.createdAt),
    }];
  });
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
  // The demo supervisor manages MAN-N02's team: another team of the same council.
  const second = teams.find((t) => t.neighbourhood.code === "MAN-N02");
  if (second) second.members.push(required(workforce.byEmail, demoEmails.supervisorManchester, "demo user"));
}
