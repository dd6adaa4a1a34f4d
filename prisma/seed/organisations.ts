// The partner organisations of the demo partnership: real Greater Manchester names, covering
// every OrganisationType, with the localities each serves (kept in code, not in the database).
import { londonDayOf } from "@/lib/domain/london-time";
import type { OrganisationStatus, OrganisationType, Prisma } from "@/lib/generated/prisma/client";
import { allLocalityNames, type LocalityName } from "./localities";
import { addDays, type Rng } from "./random";
import type { ThemeCode } from "./reference-data";

interface OrganisationSpec {
  name: string;
  type: OrganisationType;
  serves: readonly LocalityName[] | "all";
  /** Frontline workers to generate. */
  staff: number;
  status?: OrganisationStatus;
  /** Themes it works on, where they differ from its type's usual ones. */
  themes?: readonly ThemeCode[];
}

const council = (name: string, locality: LocalityName, staff = 10): OrganisationSpec => ({
  name,
  type: "LOCAL_AUTHORITY",
  serves: [locality],
  staff,
});

const organisationSpecs: readonly OrganisationSpec[] = [
  council("Bolton Council", "Bolton"),
  council("Bury Council", "Bury"),
  council("Manchester City Council", "Manchester", 20),
  council("Oldham Council", "Oldham"),
  council("Rochdale Borough Council", "Rochdale"),
  council("Salford City Council", "Salford"),
  council("Stockport Council", "Stockport"),
  council("Tameside Metropolitan Borough Council", "Tameside"),
  council("Trafford Council", "Trafford"),
  council("Wigan Council", "Wigan"),
  {
    name: "Manchester University NHS Foundation Trust",
    type: "NHS_TRUST",
    serves: ["Manchester", "Trafford"],
    staff: 9,
  },
  {
    name: "Northern Care Alliance NHS Foundation Trust",
    type: "NHS_TRUST",
    serves: ["Salford", "Oldham", "Rochdale", "Bury"],
    staff: 9,
  },
  { name: "Bolton NHS Foundation Trust", type: "NHS_TRUST", serves: ["Bolton"], staff: 5 },
  { name: "Stockport NHS Foundation Trust", type: "NHS_TRUST", serves: ["Stockport"], staff: 5 },
  {
    name: "Tameside and Glossop Integrated Care NHS Foundation Trust",
    type: "NHS_TRUST",
    serves: ["Tameside"],
    staff: 4,
  },
  {
    name: "Wrightington, Wigan and Leigh Teaching Hospitals NHS Foundation Trust",
    type: "NHS_TRUST",
    serves: ["Wigan"],
    staff: 5,
  },
  { name: "North Manchester Primary Care Network", type: "PRIMARY_CARE", serves: ["Manchester"], staff: 4 },
  { name: "Bolton Central Primary Care Network", type: "PRIMARY_CARE", serves: ["Bolton"], staff: 3 },
  { name: "Salford Central Primary Care Network", type: "PRIMARY_CARE", serves: ["Salford"], staff: 3 },
  {
    name: "Greater Manchester Mental Health NHS Foundation Trust",
    type: "MENTAL_HEALTH_TRUST",
    serves: ["Manchester", "Salford", "Bolton", "Trafford", "Wigan"],
    staff: 12,
  },
  {
    name: "Pennine Care NHS Foundation Trust",
    type: "MENTAL_HEALTH_TRUST",
    serves: ["Bury", "Oldham", "Rochdale", "Stockport", "Tameside"],
    staff: 10,
  },
  { name: "Greater Manchester Police", type: "POLICE", serves: "all", staff: 18 },
  { name: "The Probation Service – Greater Manchester", type: "PROBATION", serves: "all", staff: 10 },
  { name: "Greater Manchester Fire and Rescue Service", type: "FIRE_AND_RESCUE", serves: "all", staff: 6 },
  { name: "One Manchester", type: "HOUSING_PROVIDER", serves: ["Manchester"], staff: 6 },
  { name: "Onward Homes", type: "HOUSING_PROVIDER", serves: ["Manchester", "Salford", "Bury"], staff: 5 },
  { name: "Bolton at Home", type: "HOUSING_PROVIDER", serves: ["Bolton"], staff: 5 },
  { name: "Salix Homes", type: "HOUSING_PROVIDER", serves: ["Salford"], staff: 5 },
  { name: "Stockport Homes", type: "HOUSING_PROVIDER", serves: ["Stockport"], staff: 5 },
  { name: "Jigsaw Homes", type: "HOUSING_PROVIDER", serves: ["Tameside", "Oldham"], staff: 5 },
  { name: "Rochdale Boroughwide Housing", type: "HOUSING_PROVIDER", serves: ["Rochdale"], staff: 4 },
  { name: "Six Town Housing", type: "HOUSING_PROVIDER", serves: ["Bury"], staff: 2, status: "LEFT" },
  { name: "Jobcentre Plus Greater Manchester", type: "JOBCENTRE_DWP", serves: "all", staff: 12 },
  { name: "The Manchester College", type: "EDUCATION", serves: ["Manchester"], staff: 3 },
  { name: "Bolton College", type: "EDUCATION", serves: ["Bolton"], staff: 2 },
  { name: "Salford City College", type: "EDUCATION", serves: ["Salford"], staff: 2 },
  {
    name: "Shelter Manchester",
    type: "VCSE",
    serves: ["Manchester", "Salford", "Trafford", "Stockport"],
    staff: 5,
    themes: ["HOMELESSNESS", "DEBT"],
  },
  { name: "Change Grow Live", type: "VCSE", serves: "all", staff: 10, themes: ["SUBSTANCE_MISUSE", "OFFENDING"] },
  {
    name: "Citizens Advice Manchester",
    type: "VCSE",
    serves: ["Manchester"],
    staff: 4,
    themes: ["DEBT", "WORKLESSNESS"],
  },
  {
    name: "Mustard Tree",
    type: "VCSE",
    serves: ["Manchester", "Salford"],
    staff: 4,
    themes: ["HOMELESSNESS", "WORKLESSNESS", "SOCIAL_ISOLATION"],
  },
  {
    name: "Age UK Salford",
    type: "VCSE",
    serves: ["Salford"],
    staff: 3,
    themes: ["SOCIAL_ISOLATION", "PHYSICAL_HEALTH"],
  },
  {
    name: "The Booth Centre",
    type: "VCSE",
    serves: ["Manchester"],
    staff: 3,
    themes: ["HOMELESSNESS", "SOCIAL_ISOLATION"],
  },
  // Fictional, so that suspending it says nothing about a real charity.
  {
    name: "Northside Community Support CIC",
    type: "VCSE",
    serves: ["Manchester"],
    staff: 2,
    status: "SUSPENDED",
    themes: ["SOCIAL_ISOLATION"],
  },
  { name: "The University of Manchester", type: "UNIVERSITY", serves: "all", staff: 2 },
  { name: "University of Salford", type: "UNIVERSITY", serves: "all", staff: 0, status: "INVITED" },
  { name: "Greater Manchester Combined Authority", type: "OTHER", serves: "all", staff: 0 },
];

const themesOfType: Record<OrganisationType, readonly ThemeCode[]> = {
  LOCAL_AUTHORITY: [
    "HOMELESSNESS",
    "DOMESTIC_ABUSE",
    "EARLY_YEARS",
    "FAMILY_SUPPORT",
    "DEBT",
    "ANTI_SOCIAL_BEHAVIOUR",
    "SOCIAL_ISOLATION",
    "WORKLESSNESS",
  ],
  NHS_TRUST: ["PHYSICAL_HEALTH", "EARLY_YEARS", "SOCIAL_ISOLATION"],
  PRIMARY_CARE: ["PHYSICAL_HEALTH", "MENTAL_HEALTH", "SOCIAL_ISOLATION"],
  MENTAL_HEALTH_TRUST: ["MENTAL_HEALTH", "SUBSTANCE_MISUSE"],
  POLICE: ["OFFENDING", "DOMESTIC_ABUSE", "ANTI_SOCIAL_BEHAVIOUR", "SUBSTANCE_MISUSE"],
  PROBATION: ["OFFENDING"],
  FIRE_AND_RESCUE: ["SOCIAL_ISOLATION", "ANTI_SOCIAL_BEHAVIOUR", "PHYSICAL_HEALTH"],
  HOUSING_PROVIDER: ["HOMELESSNESS", "DEBT", "ANTI_SOCIAL_BEHAVIOUR"],
  JOBCENTRE_DWP: ["WORKLESSNESS", "DEBT"],
  EDUCATION: ["WORKLESSNESS", "FAMILY_SUPPORT"],
  VCSE: [],
  UNIVERSITY: [],
  OTHER: [],
};

/** How readily an organisation of each type takes the lead when it is a candidate. */
const leadWeightOfType: Record<OrganisationType, number> = {
  LOCAL_AUTHORITY: 4,
  HOUSING_PROVIDER: 2.5,
  MENTAL_HEALTH_TRUST: 2.5,
  PROBATION: 2.5,
  JOBCENTRE_DWP: 2,
  VCSE: 1.5,
  NHS_TRUST: 1.5,
  POLICE: 1.2,
  PRIMARY_CARE: 1,
  EDUCATION: 0.5,
  FIRE_AND_RESCUE: 0.3,
  UNIVERSITY: 0,
  OTHER: 0,
};

export interface SeedOrganisation {
  id: string;
  name: string;
  type: OrganisationType;
  status: OrganisationStatus;
  /** For e-mail addresses, e.g. "manchester-city-council". */
  slug: string;
  serves: readonly LocalityName[];
  themes: readonly ThemeCode[];
  staff: number;
  leadWeight: number;
  joinedOn: Date | null;
  leftOn: Date | null;
  suspendedAt: Date | null;
  createdAt: Date;
}

function slugOf(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the /, "")
    .replace(/nhs foundation trust/, "nhs")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

export function buildOrganisations(rng: Rng, now: Date): SeedOrganisation[] {
  const today = londonDayOf(now);
  return organisationSpecs.map((spec) => {
    const status = spec.status ?? "ACTIVE";
    // Members joined before their sharing agreements started (≥ 3 years ago), so every date in
    // the demo (agreements, case window of 24 months) falls after they joined.
    const joinedOn =
      status === "INVITED" ? null : rng.dayBetween(addDays(today, -60 * 30.4), addDays(today, -46 * 30.4));
    return {
      id: rng.uuid(),
      name: spec.name,
      type: spec.type,
      status,
      slug: slugOf(spec.name),
      serves: spec.serves === "all" ? allLocalityNames : spec.serves,
      themes: spec.themes ?? themesOfType[spec.type],
      staff: spec.staff,
      leadWeight: leadWeightOfType[spec.type],
      joinedOn,
      leftOn: status === "LEFT" ? addDays(today, -rng.int(400, 460)) : null,
      suspendedAt: status === "SUSPENDED" ? addDays(now, -rng.int(15, 30)) : null,
      createdAt: joinedOn ?? addDays(today, -rng.int(10, 40)),
    };
  });
}

export function organisationRows(organisations: readonly SeedOrganisation[]): Prisma.OrganisationCreateManyInput[] {
  return organisations.map((o) => ({
    id: o.id,
    name: o.name,
    type: o.type,
    status: o.status,
    joinedOn: o.joinedOn,
    leftOn: o.leftOn,
    suspendedAt: o.suspendedAt,
    createdAt: o.createdAt,
    updatedAt: o.suspendedAt ?? o.leftOn ?? o.createdAt,
  }));
}

/** Active organisations that serve the locality and work on the theme. */
export function organisationsFor(
  organisations: readonly SeedOrganisation[],
  locality: LocalityName,
  theme?: ThemeCode,
): SeedOrganisation[] {
  return organisations.filter(
    (o) => o.status === "ACTIVE" && o.serves.includes(locality) && (theme === undefined || o.themes.includes(theme)),
  );
}
