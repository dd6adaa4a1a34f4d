// Information-sharing agreements: one per locality covering every theme (so case sharing in the
// demo is lawful), a GM-wide health and justice one, and one each expired, draft and ended.
import { londonDayOf } from "@/lib/domain/london-time";
import type { AgreementStatus, LawfulBasis, Prisma } from "@/lib/generated/prisma/client";
import { required } from "./collections";
import type { Geography } from "./geography";
import { organisationsFor, type SeedOrganisation } from "./organisations";
import { addDays, type Rng } from "./random";
import { themeSpecs, type ReferenceData, type ThemeCode } from "./reference-data";

interface AgreementDraft {
  title: string;
  purpose: string;
  lawfulBasis: LawfulBasis;
  status: AgreementStatus;
  startsOn: Date;
  endsOn: Date | null;
  reviewOn: Date | null;
  endedAt: Date | null;
  parties: readonly SeedOrganisation[];
  themes: readonly ThemeCode[];
}

export interface Agreements {
  agreements: Prisma.SharingAgreementCreateManyInput[];
  parties: Prisma.AgreementPartyCreateManyInput[];
  themes: Prisma.AgreementThemeCreateManyInput[];
}

function firstOfMonth(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1));
}

function addYears(date: Date, years: number): Date {
  return new Date(Date.UTC(date.getUTCFullYear() + years, date.getUTCMonth(), date.getUTCDate()));
}

/** Organisations that share case data: universities and the combined authority do not. */
const isCasePartner = (o: SeedOrganisation) => o.type !== "UNIVERSITY" && o.type !== "OTHER";

function drafts(
  rng: Rng,
  now: Date,
  geography: Geography,
  organisations: readonly SeedOrganisation[],
): AgreementDraft[] {
  const today = londonDayOf(now);
  const byName = new Map(organisations.map((o) => [o.name, o]));
  const named = (...names: string[]) => names.map((name) => required(byName, name, "organisation"));
  const active = organisations.filter((o) => o.status === "ACTIVE" && isCasePartner(o));
  const allThemes = themeSpecs.map((t) => t.code);

  const perLocality = geography.localities.map((locality): AgreementDraft => {
    const startsOn = firstOfMonth(addDays(today, -rng.int(34, 38) * 30.4));
    return {
      title: `${locality.name} integrated neighbourhood working`,
      purpose: `Sharing personal data between partners in ${locality.name}'s integrated neighbourhood teams, to plan and deliver joined-up support for people and families with several needs at once.`,
      lawfulBasis: "PUBLIC_TASK",
      status: "ACTIVE",
      startsOn,
      endsOn: addYears(startsOn, 5),
      reviewOn: addDays(today, rng.int(30, 300)),
      endedAt: null,
      parties: organisationsFor(organisations, locality.name).filter(isCasePartner),
      themes: allThemes,
    };
  });
  const healthAndJusticeStart = firstOfMonth(addDays(today, -rng.int(20, 26) * 30.4));
  const sixTown = named("Six Town Housing")[0];
  return [
    ...perLocality,
    {
      title: "Greater Manchester health and justice",
      purpose:
        "Sharing information between health, police, probation and treatment services about people in contact with the criminal justice system who have health needs.",
      lawfulBasis: "PUBLIC_TASK",
      status: "ACTIVE",
      startsOn: healthAndJusticeStart,
      endsOn: addYears(healthAndJusticeStart, 4),
      reviewOn: addDays(today, rng.int(60, 200)),
      endedAt: null,
      parties: active
        .filter((o) => ["NHS_TRUST", "MENTAL_HEALTH_TRUST", "PRIMARY_CARE", "POLICE", "PROBATION"].includes(o.type))
        .concat(named("Change Grow Live")),
      themes: ["MENTAL_HEALTH", "SUBSTANCE_MISUSE", "OFFENDING", "PHYSICAL_HEALTH", "DOMESTIC_ABUSE"],
    },
    {
      title: "Stockport early help pilot",
      purpose: "Sharing information about families supported by the Stockport early help pilot.",
      lawfulBasis: "PUBLIC_TASK",
      status: "ACTIVE",
      startsOn: firstOfMonth(addDays(today, -rng.int(40, 43) * 30.4)),
      endsOn: addDays(today, -rng.int(120, 180)),
      reviewOn: null,
      endedAt: null,
      parties: named("Stockport Council", "Stockport NHS Foundation Trust", "Stockport Homes"),
      themes: ["FAMILY_SUPPORT", "EARLY_YEARS"],
    },
    {
      title: "Greater Manchester work and health",
      purpose:
        "Sharing information, with the person's consent, to join up employment support with health and mental health care.",
      lawfulBasis: "CONSENT",
      status: "DRAFT",
      startsOn: firstOfMonth(addDays(today, 45)),
      endsOn: addYears(firstOfMonth(addDays(today, 45)), 3),
      reviewOn: null,
      endedAt: null,
      parties: named(
        "Jobcentre Plus Greater Manchester",
        "Greater Manchester Mental Health NHS Foundation Trust",
        "Pennine Care NHS Foundation Trust",
      ),
      themes: ["WORKLESSNESS", "MENTAL_HEALTH", "PHYSICAL_HEALTH"],
    },
    {
      title: "Bury tenancy sustainment",
      purpose:
        "Sharing information about tenants at risk of losing their home, ended when the housing service returned to the council.",
      lawfulBasis: "PUBLIC_TASK",
      status: "ENDED",
      startsOn: firstOfMonth(addDays(today, -rng.int(42, 44) * 30.4)),
      endsOn: addDays(today, rng.int(200, 400)),
      reviewOn: null,
      endedAt: sixTown.leftOn,
      parties: [...named("Bury Council", "Pennine Care NHS Foundation Trust"), sixTown],
      themes: ["HOMELESSNESS", "DEBT", "ANTI_SOCIAL_BEHAVIOUR"],
    },
  ];
}

export function buildAgreements(
  rng: Rng,
  now: Date,
  geography: Geography,
  organisations: readonly SeedOrganisation[],
  reference: ReferenceData,
  createdById: string,
): Agreements {
  const result: Agreements = { agreements: [], parties: [], themes: [] };
  const sequenceByYear = new Map<number, number>();
  const list = drafts(rng, now, geography, organisations).sort((a, b) => a.startsOn.getTime() - b.startsOn.getTime());
  for (const draft of list) {
    const year = draft.startsOn.getUTCFullYear();
    const sequence = (sequenceByYear.get(year) ?? 0) + 1;
    sequenceByYear.set(year, sequence);
    const id = rng.uuid();
    const createdAt =
      draft.status === "DRAFT" ? addDays(now, -rng.int(3, 20)) : addDays(draft.startsOn, -rng.int(5, 15));
    result.agreements.push({
      id,
      reference: `ISA-${year}-${String(sequence).padStart(3, "0")}`,
      title: draft.title,
      purpose: draft.purpose,
      lawfulBasis: draft.lawfulBasis,
      status: draft.status,
      startsOn: draft.startsOn,
      endsOn: draft.endsOn,
      reviewOn: draft.reviewOn,
      endedAt: draft.endedAt,
      createdById,
      createdAt,
      updatedAt: draft.endedAt ?? createdAt,
    });
    for (const party of new Set(draft.parties)) result.parties.push({ agreementId: id, organisationId: party.id });
    for (const theme of draft.themes)
      result.themes.push({ agreementId: id, themeId: required(reference.themeIds, theme, "theme") });
  }
  return result;
}
