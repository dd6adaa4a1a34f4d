// Turns the rows read from the summaries into each place's data: neighbourhoods as read,
// localities as read (and as the sum of their neighbourhoods' breakdowns), the partnership as
// the sum of its localities.
import { addHistograms } from "@/lib/domain/duration-buckets";
import type { Month } from "@/lib/domain/period";
import { addTotals, breakdownKinds, emptyTotals, type BreakdownKind, type MonthTotals, type PlaceData } from "./figure-cube";

export type MonthRow = MonthTotals & { place: string; month: string | null };
export type BreakdownRowRead = { place: string; field: string; counts: number[] };
export type OverdueRow = { place: string; overdue: number };

export type PlaceExtras = { responseTimes: number[]; firstContacts: number[] };

function emptyData(): PlaceData {
  return { before: emptyTotals(), months: new Map(), overdue: 0, breakdowns: {} };
}

/** Month rows (month null = before the window) and overdue counts, by place. */
export function placeDataFrom(monthRows: readonly MonthRow[], overdueByPlace: ReadonlyMap<string, number>): Map<string, PlaceData> {
  const byPlace = new Map<string, PlaceData>();
  for (const row of monthRows) {
    const data = byPlace.get(row.place) ?? emptyData();
    const totals: MonthTotals = {
      opened: row.opened,
      closed: row.closed,
      involvements: row.involvements,
      sent: row.sent,
      pending: row.pending,
      accepted: row.accepted,
      declined: row.declined,
      withdrawn: row.withdrawn,
      outcomes: row.outcomes,
    };
    if (row.month === null) data.before = addTotals(data.before, totals);
    else data.months.set(row.month as Month, addTotals(data.months.get(row.month as Month) ?? emptyTotals(), totals));
    byPlace.set(row.place, data);
  }
  for (const [place, overdue] of overdueByPlace) {
    const data = byPlace.get(place) ?? emptyData();
    data.overdue = overdue;
    byPlace.set(place, data);
  }
  return byPlace;
}

/** Breakdowns and duration histograms by neighbourhood. */
export function breakdownsFrom(rows: readonly BreakdownRowRead[]) {
  const breakdowns = new Map<string, Partial<Record<BreakdownKind, number[]>>>();
  const extras = new Map<string, PlaceExtras>();
  for (const row of rows) {
    if (row.field === "responseTimes" || row.field === "firstContacts") {
      const extra = extras.get(row.place) ?? { responseTimes: [], firstContacts: [] };
      extra[row.field] = row.counts;
      extras.set(row.place, extra);
    } else if ((breakdownKinds as readonly string[]).includes(row.field)) {
      const own = breakdowns.get(row.place) ?? {};
      own[row.field as BreakdownKind] = row.counts;
      breakdowns.set(row.place, own);
    }
  }
  return { breakdowns, extras };
}

/** The sum of several places' data (a locality from its neighbourhoods, the partnership from its localities). */
export function sumPlaceData(parts: readonly (PlaceData | undefined)[]): PlaceData {
  const sum = emptyData();
  for (const part of parts) {
    if (!part) continue;
    sum.before = addTotals(sum.before, part.before);
    for (const [month, totals] of part.months) sum.months.set(month, addTotals(sum.months.get(month) ?? emptyTotals(), totals));
    sum.overdue += part.overdue;
  }
  return sum;
}

export function sumBreakdowns(parts: readonly (Partial<Record<BreakdownKind, number[]>> | undefined)[]) {
  const sum: Partial<Record<BreakdownKind, number[]>> = {};
  for (const part of parts) {
    for (const kind of breakdownKinds) {
      const counts = part?.[kind];
      if (counts) sum[kind] = addHistograms(sum[kind] ?? [], counts);
    }
  }
  return sum;
}

export function sumExtras(parts: readonly (PlaceExtras | undefined)[]): PlaceExtras {
  return parts.reduce<PlaceExtras>(
    (sum, part) =>
      part
        ? {
            responseTimes: addHistograms(sum.responseTimes, part.responseTimes),
            firstContacts: addHistograms(sum.firstContacts, part.firstContacts),
          }
        : sum,
    { responseTimes: [], firstContacts: [] },
  );
}
