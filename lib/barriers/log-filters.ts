// The barrier log's GET filters (status, level, category, organisation, age) read without
// trusting them: anything unknown means "any".
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { BarrierCategory, EscalationLevel } from "@/lib/generated/prisma/enums";
import { londonTodayDate } from "@/lib/domain/barrier-review";
import { uuid } from "@/lib/domain/uuid";

export const statusFilters = ["open", "RAISED", "ACCEPTED", "IN_ACTION", "overdue", "closed", "RESOLVED", "CLOSED_UNRESOLVED"] as const;
export type StatusFilter = (typeof statusFilters)[number];

export const statusFilterLabels: Record<StatusFilter, string> = {
  open: "Open (any)",
  RAISED: "Raised, waiting for an owner",
  ACCEPTED: "Accepted",
  IN_ACTION: "In action",
  overdue: "Overdue for review",
  closed: "Closed (any)",
  RESOLVED: "Resolved",
  CLOSED_UNRESOLVED: "Cannot be resolved",
};

/** Age = time since it was raised, in whole months bands. */
export const ageFilters = ["under-1-month", "1-to-3-months", "3-to-6-months", "6-to-12-months", "over-12-months"] as const;
export type AgeFilter = (typeof ageFilters)[number];

export const ageFilterLabels: Record<AgeFilter, string> = {
  "under-1-month": "Less than a month",
  "1-to-3-months": "1 to 3 months",
  "3-to-6-months": "3 to 6 months",
  "6-to-12-months": "6 to 12 months",
  "over-12-months": "More than 12 months",
};

const ageMonths: Record<AgeFilter, [number, number | null]> = {
  "under-1-month": [0, 1],
  "1-to-3-months": [1, 3],
  "3-to-6-months": [3, 6],
  "6-to-12-months": [6, 12],
  "over-12-months": [12, null],
};

const one = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (Array.isArray(v) ? v[0] : v)?.trim() ?? "");

export const logFilterSchema = z.object({
  status: one.pipe(z.enum(statusFilters).or(z.literal(""))).catch(""),
  level: one.pipe(z.enum(EscalationLevel).or(z.literal(""))).catch(""),
  category: one.pipe(z.enum(BarrierCategory).or(z.literal(""))).catch(""),
  organisation: one.pipe(uuid().or(z.literal(""))).catch(""),
  age: one.pipe(z.enum(ageFilters).or(z.literal(""))).catch(""),
});
export type LogFilters = z.infer<typeof logFilterSchema>;

export function readLogFilters(params: Record<string, string | string[] | undefined>): LogFilters {
  return logFilterSchema.parse(params);
}

function monthsAgo(now: Date, months: number): Date {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d;
}

/** The filters as a Prisma condition on Barrier. */
export function logFiltersWhere(filters: LogFilters, now: Date = new Date()): Prisma.BarrierWhereInput[] {
  const where: Prisma.BarrierWhereInput[] = [];
  const open = { status: { in: ["RAISED" as const, "ACCEPTED" as const, "IN_ACTION" as const] } };
  if (filters.status === "open") where.push(open);
  else if (filters.status === "closed") where.push({ status: { in: ["RESOLVED", "CLOSED_UNRESOLVED"] } });
  else if (filters.status === "overdue") where.push(open, { reviewBy: { lt: londonTodayDate(now) } });
  else if (filters.status) where.push({ status: filters.status });
  if (filters.level) where.push({ escalationLevel: filters.level });
  if (filters.category) where.push({ category: filters.category });
  if (filters.organisation) where.push({ organisations: { some: { organisationId: filters.organisation } } });
  if (filters.age) {
    const [from, to] = ageMonths[filters.age];
    where.push({ raisedAt: { lte: monthsAgo(now, from), ...(to === null ? {} : { gt: monthsAgo(now, to) }) } });
  }
  return where;
}
