// Collects demo users and their role assignments, keeping e-mail addresses unique.
import type { Prisma, Role } from "@/lib/generated/prisma/client";
import type { LocalityName } from "./localities";
import { emailLocalPart, randomName } from "./names";
import type { SeedOrganisation } from "./organisations";
import { addDays, type Rng } from "./random";
import type { SeedUser } from "./users";
import { uuid } from "@/lib/domain/uuid";

type NewUser = Omit<SeedUser, "id" | "createdAt" | "lastSignInAt" | "hasPassword"> & Partial<SeedUser>;
type Scope = { localityId?: string; neighbourhoodId?: string };

export class WorkforceBuilder {
  readonly users: SeedUser[] = [];
  private readonly emails = new Set<string>();
  private readonly scopes: { user: SeedUser; scope: Scope; role: Role }[] = [];

  constructor(
    readonly rng: Rng,
    private readonly now: Date,
  ) {}

  add(user: NewUser): SeedUser {
    this.emails.add(user.email);
    const joined = user.organisation.joinedOn ?? user.organisation.createdAt;
    const seedUser: SeedUser = {
      id: this.rng.uuid(),
      createdAt: addDays(joined, this.rng.int(1, 45)),
      hasPassword: true,
      lastSignInAt: this.rng.chance(0.8)
        ? this.rng.dateBetween(addDays(this.now, -30), addDays(this.now, -0.05))
        : null,
      ...user,
    };
    this.users.push(seedUser);
    return seedUser;
  }

  /** A made-up person at the organisation, e.g. siobhan.obrien@bolton-council.demo.goldenthread.org.uk. */
  generate(organisation: SeedOrganisation, role: Role, jobTitle: string, homeLocality: LocalityName | null): SeedUser {
    const name = randomName(this.rng);
    const domain = `${organisation.slug}.demo.goldenthread.org.uk`;
    let email = `${emailLocalPart(name)}@${domain}`;
    for (let n = 2; this.emails.has(email); n++) email = `${emailLocalPart(name)}${n}@${domain}`;
    return this.add({
      email,
      name: `${name.givenName} ${name.familyName}`,
      jobTitle,
      organisation,
      role,
      homeLocality,
      deactivatedAt: organisation.leftOn,
      reserved: false,
    });
  }

  /** Gives the user their role (or another), scoped to a locality or neighbourhood for locality leads. */
  assign(user: SeedUser, scope: Scope = {}, role: Role = user.role): void {
    this.scopes.push({ user, scope, role });
  }

  roleAssignments(): Prisma.RoleAssignmentCreateManyInput[] {
    return this.scopes.map(({ user, scope, role }) => ({
      id: this.rng.uuid(),
      userId: user.id,
      role,
      createdAt: user.createdAt,
      ...scope,
    }));
  }
}
