// Reads of information-sharing agreements for admins: lists by derived status, those expiring
// soon, one agreement in full, and the choices the agreement form offers.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { londonDayOf, londonToday } from "@/lib/domain/london-time";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LawfulBasis } from "@/lib/generated/prisma/enums";
import { isUuid } from "@/lib/domain/uuid";
import type { AgreementDisplayStatus } from "../labels";
import { assertPermitted } from "../permission";
import { agreementDisplayStatus, expiringWithinDays } from "./agreement-status";
import type { AgreementFilters } from "./schemas";

export type AgreementRow = {
  id: string;
  reference: string;
  title: string;
  status: AgreementDisplayStatus;
  startsOn: Date;
  endsOn: Date | null;
  reviewOn: Date | null;
  parties: number;
};

function statusWhere(status: AgreementFilters["status"], today: Date): Prisma.SharingAgreementWhereInput {
  switch (status) {
    case "ACTIVE":
      return { status: "ACTIVE", OR: [{ endsOn: null }, { endsOn: { gte: today } }] };
    case "EXPIRED":
      return { status: "ACTIVE", endsOn: { lt: today } };
    case "":
      return {};
    default:
      return { status };
  }
}

const rowSelect = {
  id: true,
  reference: true,
  title: true,
  status: true,
  startsOn: true,
  endsOn: true,
  reviewOn: true,
  _count: { select: { parties: true } },
} as const;

type RowShape = Prisma.SharingAgreementGetPayload<{ select: typeof rowSelect }>;

function toRow({ _count, ...a }: RowShape): AgreementRow {
  return { ...a, status: agreementDisplayStatus(a), parties: _count.parties };
}

export async function listAgreements(actor: Actor, filters: AgreementFilters): Promise<AgreementRow[]> {
  assertPermitted(actor);
  const today = londonToday();
  const agreements = await db.sharingAgreement.findMany({
    where: {
      ...statusWhere(filters.status, today),
      ...(filters.q
        ? { AND: [{ OR: [{ title: { contains: filters.q, mode: "insensitive" } }, { reference: { contains: filters.q, mode: "insensitive" } }] }] }
        : {}),
    },
    orderBy: { reference: "asc" },
    select: rowSelect,
  });
  return agreements.map(toRow);
}

/** Agreements in force whose end date falls within the next 60 days, soonest first. */
export async function agreementsExpiringSoon(actor: Actor, today: Date = new Date()): Promise<AgreementRow[]> {
  assertPermitted(actor);
  const from = londonDayOf(today);
  const until = new Date(from.getTime() + expiringWithinDays * 86_400_000);
  const agreements = await db.sharingAgreement.findMany({
    where: { status: "ACTIVE", endsOn: { gte: from, lte: until } },
    orderBy: { endsOn: "asc" },
    select: rowSelect,
  });
  return agreements.map(toRow);
}

export type AgreementDetail = AgreementRow & {
  purpose: string;
  lawfulBasis: LawfulBasis;
  storedStatus: "DRAFT" | "ACTIVE" | "ENDED";
  endedAt: Date | null;
  updatedAt: Date;
  createdByName: string | null;
  partyList: { id: string; name: string }[];
  themeList: { id: string; name: string }[];
};

export async function getAgreement(actor: Actor, id: string): Promise<AgreementDetail | null> {
  assertPermitted(actor);
  if (!isUuid(id)) return null;
  const a = await db.sharingAgreement.findUnique({
    where: { id },
    select: {
      ...rowSelect,
      purpose: true,
      lawfulBasis: true,
      endedAt: true,
      updatedAt: true,
      createdBy: { select: { name: true } },
      parties: { orderBy: { organisation: { name: "asc" } }, select: { organisation: { select: { id: true, name: true } } } },
      themes: { orderBy: { theme: { sortOrder: "asc" } }, select: { theme: { select: { id: true, name: true } } } },
    },
  });
  if (!a) return null;
  const { parties, themes, createdBy, purpose, lawfulBasis, endedAt, updatedAt, ...row } = a;
  return {
    ...toRow(row),
    purpose,
    lawfulBasis,
    storedStatus: row.status,
    endedAt,
    updatedAt,
    createdByName: createdBy?.name ?? null,
    partyList: parties.map((p) => p.organisation),
    themeList: themes.map((t) => t.theme),
  };
}

export type AgreementFormOptions = {
  organisations: { id: string; name: string }[];
  themes: { id: string; name: string }[];
};

/** Parties on offer: member organisations (and any already party, when editing). */
export async function agreementFormOptions(actor: Actor, partyIds: string[] = []): Promise<AgreementFormOptions> {
  assertPermitted(actor);
  const [organisations, themes] = await Promise.all([
    db.organisation.findMany({
      where: { OR: [{ status: "ACTIVE" }, { id: { in: partyIds } }] },
      orderBy: { name: "asc" },
      select: { id: true, name: true },
    }),
    db.theme.findMany({ where: { active: true }, orderBy: [{ sortOrder: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
  ]);
  return { organisations, themes };
}
