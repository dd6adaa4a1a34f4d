// The barrier figures' raw counts, straight from the Barrier table (a few thousand rows at most,
// so no summary table is needed): per locality and neighbourhood (null for a whole-locality
// barrier) for a period of UK months, and per month for the trend. Months are calendar months in
// UK time, like every dashboard figure.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { addMonths, type Month, type Period } from "@/lib/domain/period";
import { barrierCategories } from "./barrier-figures";

export type PlaceCounts = {
  localityId: string;
  neighbourhoodId: string | null;
  raised: number;
  /** Open at the end of the period. */
  open: number;
  escalated: number;
  resolved: number;
  /** Raised in the period, by category (barrierCategories order). */
  raisedByCategory: number[];
  /** Days from raised to resolved, for those resolved in the period. */
  resolveDays: number[];
};

/** The instant a UK month starts, as SQL. */
const monthStartSql = (month: Month) => Prisma.sql`((${`${month}-01`})::timestamp AT TIME ZONE 'Europe/London')`;

export async function readBarrierCounts(period: Period, localityId: string | null): Promise<PlaceCounts[]> {
  const start = monthStartSql(period.from);
  const end = monthStartSql(addMonths(period.to, 1));
  const inLocality = localityId ? Prisma.sql`AND b."localityId" = ${localityId}::uuid` : Prisma.empty;
  // Escalations are counted from the history apart (index on kind and time), not per barrier.
  const [rows, escalations] = await Promise.all([
    db.$queryRaw<{ localityId: string; neighbourhoodId: string | null; category: string; raised: number; open: number; resolved: number; resolveDays: number[] | null }[]>(Prisma.sql`
      SELECT b."localityId", b."neighbourhoodId", b.category::text AS category,
        count(*) FILTER (WHERE b."raisedAt" >= ${start})::int AS raised,
        count(*) FILTER (WHERE b."closedAt" IS NULL OR b."closedAt" >= ${end})::int AS open,
        count(*) FILTER (WHERE b.status = 'RESOLVED' AND b."closedAt" >= ${start} AND b."closedAt" < ${end})::int AS resolved,
        array_agg(EXTRACT(EPOCH FROM b."closedAt" - b."raisedAt") / 86400.0)
          FILTER (WHERE b.status = 'RESOLVED' AND b."closedAt" >= ${start} AND b."closedAt" < ${end}) AS "resolveDays"
      FROM "Barrier" b
      WHERE b."raisedAt" < ${end} ${inLocality}
      GROUP BY 1, 2, 3`),
    db.$queryRaw<{ localityId: string; neighbourhoodId: string | null; escalated: number }[]>(Prisma.sql`
      SELECT b."localityId", b."neighbourhoodId", count(DISTINCT b.id)::int AS escalated
      FROM "BarrierEvent" e JOIN "Barrier" b ON b.id = e."barrierId"
      WHERE e.kind = 'ESCALATED' AND e.at >= ${start} AND e.at < ${end} ${inLocality}
      GROUP BY 1, 2`),
  ]);
  const byPlace = new Map<string, PlaceCounts>();
  const placeOf = (r: { localityId: string; neighbourhoodId: string | null }) => {
    const key = `${r.localityId}|${r.neighbourhoodId ?? ""}`;
    const place =
      byPlace.get(key) ??
      { localityId: r.localityId, neighbourhoodId: r.neighbourhoodId, raised: 0, open: 0, escalated: 0, resolved: 0, raisedByCategory: barrierCategories.map(() => 0), resolveDays: [] };
    byPlace.set(key, place);
    return place;
  };
  for (const e of escalations) placeOf(e).escalated += e.escalated;
  for (const r of rows) {
    const place = placeOf(r);
    place.raised += r.raised;
    place.open += r.open;
    place.resolved += r.resolved;
    place.raisedByCategory[barrierCategories.indexOf(r.category as (typeof barrierCategories)[number])] += r.raised;
    place.resolveDays.push(...(r.resolveDays ?? []).map(Number));
  }
  return [...byPlace.values()];
}

export type MonthCounts = { month: Month; raised: number; resolved: number };

/** Raised and resolved per UK month over the trend window, for one place (all places when both ids are null). */
export async function readBarrierTrend(months: readonly Month[], place: { localityId: string | null; neighbourhoodId: string | null }): Promise<MonthCounts[]> {
  const start = monthStartSql(months[0]);
  const end = monthStartSql(addMonths(months[months.length - 1], 1));
  const where = place.neighbourhoodId
    ? Prisma.sql`"neighbourhoodId" = ${place.neighbourhoodId}::uuid`
    : place.localityId
      ? Prisma.sql`"localityId" = ${place.localityId}::uuid`
      : Prisma.sql`TRUE`;
  const month = (column: Prisma.Sql) => Prisma.sql`to_char(${column} AT TIME ZONE 'Europe/London', 'YYYY-MM')`;
  const [raised, resolved] = await Promise.all([
    db.$queryRaw<{ month: string; count: number }[]>(
      Prisma.sql`SELECT ${month(Prisma.sql`"raisedAt"`)} AS month, count(*)::int AS count FROM "Barrier" WHERE ${where} AND "raisedAt" >= ${start} AND "raisedAt" < ${end} GROUP BY 1`,
    ),
    db.$queryRaw<{ month: string; count: number }[]>(
      Prisma.sql`SELECT ${month(Prisma.sql`"closedAt"`)} AS month, count(*)::int AS count FROM "Barrier" WHERE ${where} AND status = 'RESOLVED' AND "closedAt" >= ${start} AND "closedAt" < ${end} GROUP BY 1`,
    ),
  ]);
  const countOf = (rows: { month: string; count: number }[], m: Month) => rows.find((r) => r.month === m)?.count ?? 0;
  return months.map((m) => ({ month: m, raised: countOf(raised, m), resolved: countOf(resolved, m) }));
}
