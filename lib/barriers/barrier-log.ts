// A barrier log: the barriers of the partnership, a locality (all levels, its neighbourhoods
// included) or a neighbourhood, filtered and a page at a time, newest first.
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import { pageCountOf, type Paged } from "@/lib/domain/paging";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { LogScope } from "./barrier-places";
import { barrierRowOf, barrierRowSelect, type BarrierRow } from "./barrier-row";
import { logFiltersWhere, type LogFilters } from "./log-filters";

export const logPageSize = 25;

export function scopeWhere(scope: LogScope): Prisma.BarrierWhereInput {
  if (scope.kind === "neighbourhood") return { neighbourhoodId: scope.neighbourhoodId };
  if (scope.kind === "locality") return { localityId: scope.localityId };
  return {};
}

export function barrierLogWhere(scope: LogScope, filters: LogFilters, now: Date = new Date()): Prisma.BarrierWhereInput {
  return { AND: [scopeWhere(scope), ...logFiltersWhere(filters, now)] };
}

/** The actor is not used to filter: barriers are open to every user of the partnership. */
export async function listBarrierLog(_actor: AccessActor, scope: LogScope, filters: LogFilters, page = 1, pageSize = logPageSize): Promise<Paged<BarrierRow>> {
  const where = barrierLogWhere(scope, filters);
  const total = await db.barrier.count({ where });
  const pageCount = pageCountOf(total, pageSize);
  const current = Math.min(page, pageCount);
  const rows = await db.barrier.findMany({
    where,
    orderBy: [{ raisedAt: "desc" }, { number: "desc" }],
    skip: (current - 1) * pageSize,
    take: pageSize,
    select: barrierRowSelect,
  });
  const now = new Date();
  return { rows: rows.map((b) => barrierRowOf(b, now)), total, page: current, pageCount, pageSize };
}
