// A dozen barriers to integrated working, raised in neighbourhoods and dealt with there or
// escalated to the locality or the partnership board.
import type { BarrierCategory, BarrierStatus, EscalationLevel, Prisma } from "@/lib/generated/prisma/client";
import type { Geography, SeedNeighbourhood } from "./geography";
import { organisationsFor, type SeedOrganisation } from "./organisations";
import { addDays, earliest, type Rng } from "./random";
import type { SeedUser, Workforce } from "./users";

interface BarrierSpec {
  title: string;
  description: string;
  category: BarrierCategory;
  level: EscalationLevel;
  status: BarrierStatus;
  resolution?: string;
}

const barrierSpecs: readonly BarrierSpec[] = [
  {
    title: "Repairs system not visible to the neighbourhood team",
    description: "Partners cannot see outstanding repairs that are driving complaints and rent disputes.",
    category: "SYSTEM",
    level: "NEIGHBOURHOOD",
    status: "IN_PROGRESS",
  },
  {
    title: "GP practices cannot see the shared chronology",
    description: "Practices are not yet parties to the locality agreement, so GPs hear about crises late.",
    category: "DATA_SHARING",
    level: "LOCALITY",
    status: "OPEN",
  },
  {
    title: "Housing register excludes people with former tenant arrears",
    description: "People on a repayment plan are still refused, which keeps them in temporary accommodation.",
    category: "RULE",
    level: "LOCALITY",
    status: "RESOLVED",
    resolution: "Council agreed discretion for applicants keeping to an agreed repayment plan.",
  },
  {
    title: "Drug treatment grant cannot pay for housing support",
    description:
      "Treatment outcomes fail when people have nowhere stable to live, but the grant conditions forbid housing spend.",
    category: "BUDGET",
    level: "PARTNERSHIP_BOARD",
    status: "IN_PROGRESS",
  },
  {
    title: "Each agency runs its own risk assessment for the same person",
    description: "People are asked the same questions four times; assessments disagree.",
    category: "RULE",
    level: "LOCALITY",
    status: "IN_PROGRESS",
  },
  {
    title: "Work coaches cannot attend neighbourhood huddles",
    description: "Appointment targets keep work coaches at the Jobcentre during huddle times.",
    category: "WORKFORCE",
    level: "NEIGHBOURHOOD",
    status: "RESOLVED",
    resolution: "Jobcentre agreed one named work coach per neighbourhood for two half-days a week.",
  },
  {
    title: "Neighbourhood officers rotate out every six months",
    description: "Relationships with the team and residents are lost each time officers move.",
    category: "WORKFORCE",
    level: "PARTNERSHIP_BOARD",
    status: "OPEN",
  },
  {
    title: "No shared out-of-hours contact for people in crisis",
    description: "Out of hours, partners do not know who holds the case or how to reach them.",
    category: "SYSTEM",
    level: "LOCALITY",
    status: "CLOSED_UNRESOLVED",
    resolution: "No agreement on funding; to be revisited in the next budget round.",
  },
  {
    title: "Mental health letters go only to GPs",
    description: "Discharge and appointment letters do not reach the lead professional.",
    category: "DATA_SHARING",
    level: "NEIGHBOURHOOD",
    status: "RESOLVED",
    resolution: "Trust now copies letters to the lead professional where consent is recorded.",
  },
  {
    title: "Pooled budget cannot pay rent in advance without council sign-off",
    description: "Waiting for sign-off loses tenancies that landlords will not hold.",
    category: "BUDGET",
    level: "NEIGHBOURHOOD",
    status: "OPEN",
  },
  {
    title: "Probation cannot share licence conditions with housing",
    description: "Housing officers learn about exclusion zones only after a tenancy is offered.",
    category: "DATA_SHARING",
    level: "PARTNERSHIP_BOARD",
    status: "RESOLVED",
    resolution: "Health and justice agreement extended to cover relevant licence conditions.",
  },
  {
    title: "Nowhere private to meet people at the hub",
    description: "The hub has one open-plan room, so people will not talk about sensitive matters.",
    category: "OTHER",
    level: "NEIGHBOURHOOD",
    status: "IN_PROGRESS",
  },
];

function placeFor(rng: Rng, geography: Geography, index: number): SeedNeighbourhood {
  // Mostly where the demo leads work, so their dashboards show barriers.
  const preferred = ["MAN-N0", "SAL-N01", "BOL-N0", "SAL-N02"][index % 4];
  const pool =
    index < 8 ? geography.neighbourhoods.filter((n) => n.code.startsWith(preferred)) : geography.neighbourhoods;
  return rng.pick(pool);
}

export function buildBarriers(
  rng: Rng,
  now: Date,
  geography: Geography,
  organisations: readonly SeedOrganisation[],
  workforce: Workforce,
): Prisma.BarrierCreateManyInput[] {
  const leadsIn = (locality: string) =>
    workforce.users.filter((u) => u.role === "LOCALITY_LEAD" && u.homeLocality === locality);
  const admins = workforce.users.filter((u) => u.role === "PARTNERSHIP_ADMIN" && u.deactivatedAt === null);
  return barrierSpecs.map((spec, i) => {
    const neighbourhood = placeFor(rng, geography, i);
    const locality = neighbourhood.locality.name;
    const raisedBy = rng.pick(
      organisationsFor(organisations, locality).flatMap((o) => workforce.workersOf(o, locality)),
    );
    const raisedAt = rng.workingTimeBetween(addDays(now, -500), addDays(now, -20));
    const escalatedAt =
      spec.level === "NEIGHBOURHOOD" ? null : earliest(addDays(raisedAt, rng.int(14, 60)), addDays(now, -5));
    const closed = spec.status === "RESOLVED" || spec.status === "CLOSED_UNRESOLVED";
    const resolvedAt = closed ? earliest(addDays(escalatedAt ?? raisedAt, rng.int(30, 120)), addDays(now, -1)) : null;
    const owners: SeedUser[] = spec.level === "PARTNERSHIP_BOARD" ? admins : leadsIn(locality);
    const owner = spec.status === "OPEN" && rng.chance(0.5) ? null : owners.length ? rng.pick(owners) : null;
    return {
      id: rng.uuid(),
      title: spec.title,
      description: spec.description,
      category: spec.category,
      neighbourhoodId: neighbourhood.id,
      localityId: neighbourhood.locality.id,
      escalationLevel: spec.level,
      status: spec.status,
      raisedById: raisedBy.id,
      raisedByOrganisationId: raisedBy.organisation.id,
      ownerId: owner?.id ?? null,
      resolution: spec.resolution ?? null,
      raisedAt,
      escalatedAt,
      resolvedAt,
    };
  });
}
