// The dashboard summary rows worked out in memory from case rows, for a bulk load that ran
// without the row triggers (the demo loader has every row in memory already). The same
// definitions as the triggers and the recount — London months, duration buckets, category
// positions — but a third, independent implementation: after a load,
// tests/integration/dashboards/bulk-load-summaries.test.ts checks it against the SQL recount
// (summary-recount.ts) and against the triggers' own rebuild.
import { bucketOf } from "@/lib/domain/duration-buckets";
import type { Prisma } from "@/lib/generated/prisma/client";
import { allCasesKey, declineReasonPositions, pairPosition } from "./positions";

type When = Date | string;

// Rows as the loader writes them (every field the summaries need is given explicitly).
export type SummaryInput = {
  cases: readonly Prisma.SharedCaseCreateManyInput[];
  caseThemes: readonly Prisma.CaseThemeCreateManyInput[];
  referrals: readonly Prisma.ReferralCreateManyInput[];
  outcomes: readonly Prisma.OutcomeCreateManyInput[];
  involvements: readonly Prisma.CaseInvolvementCreateManyInput[];
  actions: readonly Prisma.CaseActionCreateManyInput[];
  /** DashboardCategory positions: theme id → position, outcome type id → position. */
  themePositions: ReadonlyMap<string, number>;
  outcomeTypePositions: ReadonlyMap<string, number>;
};

export type MonthRow = {
  neighbourhoodId: string;
  themeKey: string;
  month: string;
  opened: number;
  closed: number;
  involvements: number;
  referralsSent: number;
  referralsPending: number;
  referralsAccepted: number;
  referralsDeclined: number;
  referralsWithdrawn: number;
  outcomes: number;
  firstContacts: number[];
  openedByTheme: number[];
  closedByTheme: number[];
  themePairs: number[];
  declineReasons: number[];
  responseTimes: number[];
  outcomesByType: number[];
};
type Scalar = "opened" | "closed" | "involvements" | "referralsSent" | "referralsPending" | "referralsAccepted" | "referralsDeclined" | "referralsWithdrawn" | "outcomes";
type Dense = "firstContacts" | "openedByTheme" | "closedByTheme" | "themePairs" | "declineReasons" | "responseTimes" | "outcomesByType";

export type OpenActionMonthRow = { neighbourhoodId: string; themeKey: string; dueMonth: string; openActions: number };
export type OpenActionDayRow = { neighbourhoodId: string; themeKey: string; dueOn: string; openActions: number };

const hourMs = 3_600_000;
const asDate = (w: When) => (w instanceof Date ? w : new Date(w));
/** A given date or text; a value left out (undefined, or Prisma's skip) is null. */
const given = (v: unknown): When | null => (v instanceof Date || typeof v === "string" ? v : null);
const text = (v: unknown): string | null => (typeof v === "string" ? v : null);
const iso = (year: number, month: number, day: number) =>
  `${year}-${String(month + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

// British Summer Time runs from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last
// Sunday of October: the only rule needed to put an instant in its London month.
const bstByYear = new Map<number, [number, number]>();
function lastSundayAt1(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 24 * hourMs;
}
function londonOffsetMs(t: number, year: number): number {
  let bst = bstByYear.get(year);
  if (!bst) bstByYear.set(year, (bst = [lastSundayAt1(year, 2), lastSundayAt1(year, 9)]));
  return t >= bst[0] && t < bst[1] ? hourMs : 0;
}

/** dash_month(): the first day of the instant's calendar month in London, "YYYY-MM-01". */
export function londonMonthOf(at: When): string {
  const t = asDate(at).getTime();
  const local = new Date(t + londonOffsetMs(t, new Date(t).getUTCFullYear()));
  return iso(local.getUTCFullYear(), local.getUTCMonth(), 1);
}

/** A @db.Date value's day and month ("YYYY-MM-DD", "YYYY-MM-01"). */
function dayOf(at: When): { day: string; month: string } {
  const d = asDate(at);
  return { day: iso(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()), month: iso(d.getUTCFullYear(), d.getUTCMonth(), 1) };
}

const hoursBetween = (from: When, to: When) => (asDate(to).getTime() - asDate(from).getTime()) / hourMs;

type Cell = { row: MonthRow; dense: Record<Dense, Map<number, number>> };

function emptyRow(neighbourhoodId: string, themeKey: string, month: string): Cell {
  return {
    row: {
      neighbourhoodId, themeKey, month, opened: 0, closed: 0, involvements: 0, referralsSent: 0, referralsPending: 0,
      referralsAccepted: 0, referralsDeclined: 0, referralsWithdrawn: 0, outcomes: 0, firstContacts: [], openedByTheme: [],
      closedByTheme: [], themePairs: [], declineReasons: [], responseTimes: [], outcomesByType: [],
    },
    dense: {
      firstContacts: new Map(), openedByTheme: new Map(), closedByTheme: new Map(), themePairs: new Map(),
      declineReasons: new Map(), responseTimes: new Map(), outcomesByType: new Map(),
    },
  };
}

function denseArray(counts: Map<number, number>): number[] {
  let top = 0;
  for (const position of counts.keys()) if (position > top) top = position;
  return Array.from({ length: top }, (_, i) => counts.get(i + 1) ?? 0);
}

const statusField: Record<string, Scalar> = {
  PENDING: "referralsPending",
  ACCEPTED: "referralsAccepted",
  DECLINED: "referralsDeclined",
  WITHDRAWN: "referralsWithdrawn",
};

export function summaryRowsFor(input: SummaryInput) {
  const months = new Map<string, Cell>();
  const actionMonths = new Map<string, OpenActionMonthRow>();
  const actionDays = new Map<string, OpenActionDayRow>();
  const themesOf = new Map<string, string[]>();
  for (const t of input.caseThemes) {
    const list = themesOf.get(t.caseId);
    if (list) list.push(t.themeId);
    else themesOf.set(t.caseId, [t.themeId]);
  }
  const keysOf = (caseId: string) => [allCasesKey, ...(themesOf.get(caseId) ?? [])];
  const cell = (nbh: string, key: string, month: string) => {
    const id = `${nbh}|${key}|${month}`;
    let found = months.get(id);
    if (!found) months.set(id, (found = emptyRow(nbh, key, month)));
    return found;
  };
  const add = (nbh: string, caseId: string, month: string, field: Scalar, dense?: [Dense, number]) => {
    for (const key of keysOf(caseId)) {
      const c = cell(nbh, key, month);
      c.row[field] += 1;
      if (dense) c.dense[dense[0]].set(dense[1], (c.dense[dense[0]].get(dense[1]) ?? 0) + 1);
    }
  };
  const addDense = (nbh: string, caseId: string, month: string, field: Dense, pos: number, keys = keysOf(caseId)) => {
    for (const key of keys) {
      const c = cell(nbh, key, month);
      c.dense[field].set(pos, (c.dense[field].get(pos) ?? 0) + 1);
    }
  };

  const cases = input.cases.map((c) => {
    const openedAt = given(c.openedAt);
    if (typeof c.id !== "string" || !openedAt) throw new Error("Summaries: every case needs its id and openedAt");
    return { id: c.id, neighbourhoodId: c.neighbourhoodId, status: text(c.status) ?? "OPEN", openedAt, closedAt: given(c.closedAt), firstContactAt: given(c.firstContactAt) };
  });
  const caseById = new Map(cases.map((c) => [c.id, c]));
  for (const c of cases) {
    const opened = londonMonthOf(c.openedAt);
    add(c.neighbourhoodId, c.id, opened, "opened");
    const closed = c.status === "CLOSED" ? londonMonthOf(c.closedAt ?? c.openedAt) : null;
    if (closed) add(c.neighbourhoodId, c.id, closed, "closed");
    if (c.firstContactAt) addDense(c.neighbourhoodId, c.id, opened, "firstContacts", bucketOf(hoursBetween(c.openedAt, c.firstContactAt)));
    const positions = (themesOf.get(c.id) ?? []).flatMap((t) => input.themePositions.get(t) ?? []).sort((a, b) => a - b);
    for (const pos of positions) {
      addDense(c.neighbourhoodId, c.id, opened, "openedByTheme", pos);
      if (closed) addDense(c.neighbourhoodId, c.id, closed, "closedByTheme", pos);
    }
    for (let i = 0; i < positions.length; i++) {
      for (let j = i + 1; j < positions.length; j++) {
        addDense(c.neighbourhoodId, c.id, opened, "themePairs", pairPosition(positions[i], positions[j]), [allCasesKey]);
      }
    }
  }
  for (const inv of input.involvements) {
    const c = caseById.get(inv.caseId);
    if (c) add(c.neighbourhoodId, c.id, londonMonthOf(c.openedAt), "involvements");
  }
  for (const r of input.referrals) {
    const c = caseById.get(r.caseId);
    if (!c) continue;
    const status = text(r.status) ?? "PENDING";
    const sentAt = given(r.sentAt);
    const respondedAt = given(r.respondedAt);
    if (!sentAt) throw new Error("Summaries: every referral needs its sentAt");
    const month = londonMonthOf(sentAt);
    add(c.neighbourhoodId, c.id, month, "referralsSent");
    add(c.neighbourhoodId, c.id, month, statusField[status]);
    if (status === "DECLINED") addDense(c.neighbourhoodId, c.id, month, "declineReasons", declineReasonPositions.indexOf((text(r.declineReason) ?? null) as never) + 1);
    if ((status === "ACCEPTED" || status === "DECLINED") && respondedAt) {
      addDense(c.neighbourhoodId, c.id, month, "responseTimes", bucketOf(hoursBetween(sentAt, respondedAt)));
    }
  }
  for (const o of input.outcomes) {
    const c = caseById.get(o.caseId);
    if (!c) continue;
    const achievedOn = given(o.achievedOn);
    if (!achievedOn) continue;
    const month = dayOf(achievedOn).month;
    const pos = input.outcomeTypePositions.get(o.outcomeTypeId);
    add(c.neighbourhoodId, c.id, month, "outcomes", pos === undefined ? undefined : ["outcomesByType", pos]);
  }
  for (const a of input.actions) {
    const c = caseById.get(a.caseId);
    const status = text(a.status) ?? "OPEN";
    const dueOn = given(a.dueOn);
    if (!c || !dueOn || (status !== "OPEN" && status !== "IN_PROGRESS")) continue;
    const due = dayOf(dueOn);
    for (const key of keysOf(c.id)) {
      const m = `${c.neighbourhoodId}|${key}|${due.month}`;
      const d = `${c.neighbourhoodId}|${key}|${due.day}`;
      const monthRow = actionMonths.get(m) ?? { neighbourhoodId: c.neighbourhoodId, themeKey: key, dueMonth: due.month, openActions: 0 };
      const dayRow = actionDays.get(d) ?? { neighbourhoodId: c.neighbourhoodId, themeKey: key, dueOn: due.day, openActions: 0 };
      monthRow.openActions += 1;
      dayRow.openActions += 1;
      actionMonths.set(m, monthRow);
      actionDays.set(d, dayRow);
    }
  }
  const monthRows = [...months.values()].map(({ row, dense }) => {
    for (const field of Object.keys(dense) as Dense[]) row[field] = denseArray(dense[field]);
    return row;
  });
  return { dashboardMonth: monthRows, dashboardOpenActionMonth: [...actionMonths.values()], dashboardOpenActionDay: [...actionDays.values()] };
}
