// The demo workforce: the fixed demo sign-ins plus a few hundred generated users across the
// three roles, with role assignments scoped to localities or neighbourhoods for locality leads.
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import { groupBy, required } from "./collections";
import { demoAccounts, demoEmails, type DemoAccount } from "./demo-accounts";

/** Demo accounts added after the generated workforce (issue 14's supervisor). */
const lateDemoAccounts = demoAccounts.filter((a) => a.email === demoEmails.supervisorManchester || a.email === demoEmails.dataProtectionOfficer);
import type { Geography } from "./geography";
import { adminTitles, frontlineJobTitles, localityLeadTitles, neighbourhoodLeadTitles } from "./job-titles";
import type { LocalityName } from "./localities";
import type { SeedOrganisation } from "./organisations";
import { addDays, Rng, seedOf } from "./random";
import { WorkforceBuilder } from "./workforce-builder";

export interface SeedUser {
  id: string;
  email: string;
  name: string;
  jobTitle: string;
  organisation: SeedOrganisation;
  role: Role;
  /** Where a frontline worker mostly works; for bodies serving several localities, one of them. */
  homeLocality: LocalityName | null;
  createdAt: Date;
  deactivatedAt: Date | null;
  /** False for users invited but not yet through their set-password link. */
  hasPassword: boolean;
  lastSignInAt: Date | null;
  /** Demo sign-ins whose case load is set on purpose, so random picks leave them alone. */
  reserved: boolean;
}

export interface Workforce {
  users: SeedUser[];
  roleAssignments: Prisma.RoleAssignmentCreateManyInput[];
  byEmail: Map<string, SeedUser>;
  /** Active frontline workers of the organisation based in the locality (else any of its active workers). */
  workersOf(organisation: SeedOrganisation, locality: LocalityName): SeedUser[];
}

const GENERATED_NEIGHBOURHOOD_LEADS = 9;

export function buildWorkforce(
  rng: Rng,
  now: Date,
  organisations: readonly SeedOrganisation[],
  geography: Geography,
): Workforce {
  const builder = new WorkforceBuilder(rng, now);
  const organisationByName = new Map(organisations.map((o) => [o.name, o]));
  addDemoAccounts(builder, rng, now, organisationByName, geography);
  addFrontlineStaff(builder, rng, now, organisations);
  addLeadsAndAdmins(builder, rng, organisations, organisationByName, geography);
  const roleAssignments = builder.roleAssignments();
  // Demo accounts added after the rest, from a random stream of their own, so every other
  // generated row stays as it was.
  const late = new WorkforceBuilder(new Rng(seedOf("late demo accounts")), now);
  addDemoAccounts(late, late.rng, now, organisationByName, geography, lateDemoAccounts);

  const users = [...builder.users, ...late.users];
  const workers = users.filter(
    (u) => u.role === "FRONTLINE_WORKER" && !u.reserved && u.deactivatedAt === null && u.hasPassword,
  );
  const byOrganisation = groupBy(workers, (u) => u.organisation.id);
  const byOrganisationAndLocality = groupBy(workers, (u) => `${u.organisation.id}|${u.homeLocality}`);
  return {
    users,
    roleAssignments: [...roleAssignments, ...late.roleAssignments()],
    byEmail: new Map(users.map((u) => [u.email, u])),
    workersOf: (organisation, locality) =>
      byOrganisationAndLocality.get(`${organisation.id}|${locality}`) ?? byOrganisation.get(organisation.id) ?? [],
  };
}

function addDemoAccounts(
  builder: WorkforceBuilder,
  rng: Rng,
  now: Date,
  organisationByName: ReadonlyMap<string, SeedOrganisation>,
  geography: Geography,
  accounts: readonly DemoAccount[] = demoAccounts.filter((a) => !lateDemoAccounts.includes(a)),
) {
  const localityIdByName = new Map(geography.localities.map((l) => [l.name, l.id]));
  const neighbourhoodIdByCode = new Map(geography.neighbourhoods.map((n) => [n.code, n.id]));
  for (const account of accounts) {
    const organisation = required(organisationByName, account.organisationName, "organisation");
    const user = builder.add({
      email: account.email,
      name: account.name,
      jobTitle: account.jobTitle,
      organisation,
      role: account.role,
      homeLocality: account.locality,
      deactivatedAt: account.email === demoEmails.workerDeactivated ? addDays(now, -40) : null,
      reserved: account.role === "FRONTLINE_WORKER",
      lastSignInAt: addDays(now, -rng.int(1, 6)),
      createdAt: addDays(organisation.joinedOn ?? organisation.createdAt, 1),
    });
    if (account.email === demoEmails.leadNeighbourhood) {
      for (const code of ["SAL-N01", "SAL-N02"])
        builder.assign(user, { neighbourhoodId: required(neighbourhoodIdByCode, code, "neighbourhood") });
    } else if ((account.role === "LOCALITY_LEAD" || account.role === "BUDGET_HOLDER") && account.locality) {
      builder.assign(user, { localityId: required(localityIdByName, account.locality, "locality") });
    } else {
      builder.assign(user);
    }
    if (account.supervises) {
      builder.assign(user, { neighbourhoodId: required(neighbourhoodIdByCode, account.supervises, "neighbourhood") }, "SUPERVISOR");
    }
  }
}

/** Frontline workers for each organisation; a few not yet through their set-password link, a few gone. */
function addFrontlineStaff(builder: WorkforceBuilder, rng: Rng, now: Date, organisations: readonly SeedOrganisation[]) {
  for (const organisation of organisations) {
    for (let i = 0; i < organisation.staff; i++) {
      // Round-robin over the localities served, so each gets someone where staff allow.
      const home = organisation.serves[i % organisation.serves.length];
      builder.assign(
        builder.generate(organisation, "FRONTLINE_WORKER", rng.pick(frontlineJobTitles[organisation.type]), home),
      );
    }
  }
  const ordinary = builder.users.filter(
    (u) => !u.reserved && u.role === "FRONTLINE_WORKER" && u.organisation.status === "ACTIVE",
  );
  for (const user of rng.sample(ordinary, 4)) {
    Object.assign(user, { hasPassword: false, lastSignInAt: null, createdAt: addDays(now, -rng.int(2, 12)) });
  }
  for (const user of rng.sample(
    ordinary.filter((u) => u.hasPassword),
    6,
  )) {
    user.deactivatedAt = addDays(now, -rng.int(20, 300));
    user.lastSignInAt = addDays(user.deactivatedAt, -rng.int(1, 10));
  }
}

/** A locality lead per borough (the demo accounts lead Bolton and Manchester), neighbourhood leads, admins. */
function addLeadsAndAdmins(
  builder: WorkforceBuilder,
  rng: Rng,
  organisations: readonly SeedOrganisation[],
  organisationByName: ReadonlyMap<string, SeedOrganisation>,
  geography: Geography,
) {
  for (const locality of geography.localities) {
    if (locality.name === "Bolton" || locality.name === "Manchester") continue;
    const council = organisations.find(
      (o) => o.type === "LOCAL_AUTHORITY" && o.serves.length === 1 && o.serves[0] === locality.name,
    );
    if (council)
      builder.assign(builder.generate(council, "LOCALITY_LEAD", rng.pick(localityLeadTitles), locality.name), {
        localityId: locality.id,
      });
  }
  const neighbourhoodsByLocality = groupBy(geography.neighbourhoods, (n) => n.locality.name);
  for (let i = 0; i < GENERATED_NEIGHBOURHOOD_LEADS; i++) {
    const locality = geography.localities[(i * 3 + 1) % geography.localities.length];
    const candidates = organisations.filter(
      (o) => o.status === "ACTIVE" && o.serves.includes(locality.name) && neighbourhoodLeadTitles[o.type],
    );
    const organisation = rng.pick(candidates);
    const user = builder.generate(
      organisation,
      "LOCALITY_LEAD",
      neighbourhoodLeadTitles[organisation.type] ?? "Neighbourhood Lead",
      locality.name,
    );
    for (const neighbourhood of rng.sample(neighbourhoodsByLocality.get(locality.name) ?? [], rng.int(1, 2))) {
      builder.assign(user, { neighbourhoodId: neighbourhood.id });
    }
  }
  const gmca = required(organisationByName, "Greater Manchester Combined Authority", "organisation");
  const manchester = required(organisationByName, "Manchester City Council", "organisation");
  for (const organisation of [gmca, gmca, gmca, manchester]) {
    builder.assign(builder.generate(organisation, "PARTNERSHIP_ADMIN", rng.pick(adminTitles), null));
  }
}

export function userRows(workforce: Workforce, passwordHash: string): Prisma.UserCreateManyInput[] {
  return workforce.users.map((u) => ({
    id: u.id,
    email: u.email,
    name: u.name,
    jobTitle: u.jobTitle,
    passwordHash: u.hasPassword ? passwordHash : null,
    organisationId: u.organisation.id,
    deactivatedAt: u.deactivatedAt,
    passwordChangedAt: u.hasPassword ? u.createdAt : null,
    lastSignInAt: u.lastSignInAt,
    createdAt: u.createdAt,
    updatedAt: u.deactivatedAt ?? u.createdAt,
  }));
}
