// Every count a set of dashboard pages can publish for one period and theme, with the relations
// between them, protected together (lib/domain/small-number-protection.ts). Two levels, decided
// top-down so every page shows a figure the same way: the partnership with its localities, then
// each locality with its neighbourhoods (the locality's own figures fixed as decided above).
import { protectCells, showCount, type Protection, type ShownCount } from "@/lib/domain/small-number-protection";
import { monthsBetween, type Month, type Period } from "@/lib/domain/period";

// "unanswered" is referrals withdrawn or still waiting: published together, as one small count
// of either would otherwise often force another referral count to be hidden.
export const seriesMeasures = ["new", "closed", "open", "sent", "accepted", "declined", "unanswered", "outcomes"] as const;
export type SeriesMeasure = (typeof seriesMeasures)[number];
const additive: SeriesMeasure[] = ["new", "closed", "sent", "accepted", "declined", "unanswered", "outcomes"];
const referralParts: SeriesMeasure[] = ["sent", "accepted", "declined", "unanswered"];

export const breakdownKinds = ["newByTheme", "openByTheme", "themePairs", "declineReasons", "outcomesByType"] as const;
export type BreakdownKind = (typeof breakdownKinds)[number];

export type MonthTotals = {
  opened: number;
  closed: number;
  involvements: number;
  sent: number;
  pending: number;
  accepted: number;
  declined: number;
  withdrawn: number;
  outcomes: number;
};

/** A place's summary data: totals before the trend window, per window month, and breakdowns. */
export type PlaceData = {
  before: MonthTotals;
  months: Map<Month, MonthTotals>;
  overdue: number;
  breakdowns?: Partial<Record<BreakdownKind, number[]>>;
};

export const emptyTotals = (): MonthTotals => ({
  opened: 0,
  closed: 0,
  involvements: 0,
  sent: 0,
  pending: 0,
  accepted: 0,
  declined: 0,
  withdrawn: 0,
  outcomes: 0,
});

export function addTotals(a: MonthTotals, b: MonthTotals): MonthTotals {
  const sum = emptyTotals();
  for (const key of Object.keys(sum) as (keyof MonthTotals)[]) sum[key] = a[key] + b[key];
  return sum;
}

function seriesValue(t: MonthTotals, measure: Exclude<SeriesMeasure, "open">): number {
  if (measure === "new") return t.opened;
  if (measure === "unanswered") return t.pending + t.withdrawn;
  return t[measure];
}

/** "P" is the whole period (for open cases: its end). */
export type Time = Month | "P";

export type CubeShape = {
  period: Period;
  window: Month[];
  /** The theme's position when one theme is chosen: its breakdown cells are the headline's. */
  themePosition: number | null;
};

/** One place's cells: series[measure][time] (time = window index, or the window's length for P). */
type PlaceCells = {
  series: number[][];
  open: number;
  overdue: number;
  breakdowns: Map<BreakdownKind, number[]>;
};

// Cells are numbered as they are added; a place keeps the numbers of its own, so relations and
// look-ups are array indexing (a page builds a few thousand cells on every request).
export class FigureCube {
  private readonly values: number[] = [];
  private readonly relations: number[][] = [];
  private readonly fixed = new Map<number, boolean>();
  private readonly places = new Map<string, PlaceCells>();
  private readonly monthIndex: Map<Month, number>;
  private readonly periodIndexes: number[];
  private protection: Protection[] = [];
  private readonly shown: ShownCount[] = [];

  constructor(private readonly shape: CubeShape) {
    this.monthIndex = new Map(shape.window.map((m, i) => [m, i]));
    const inPeriod = new Set(monthsBetween(shape.period.from, shape.period.to));
    this.periodIndexes = shape.window.flatMap((m, i) => (inPeriod.has(m) ? [i] : []));
  }

  private push(value: number): number {
    this.values.push(value);
    return this.values.length - 1;
  }

  private relate(cells: number[]): void {
    if (cells.length > 1) this.relations.push(cells);
  }

  /**
   * A place's series (window months and period), overdue actions, and the relations inside them.
   * Open cases are published for the end of the period only: with monthly new and closed cases,
   * monthly open counts would give away every small monthly count.
   */
  addPlace(place: string, data: PlaceData): void {
    const { window, period } = this.shape;
    const total = window.length;
    const series = additive.map(() => new Array<number>(total + 1));
    const periodTotals = additive.map(() => 0);
    const inPeriod = new Set(this.periodIndexes);
    let open = data.before.opened - data.before.closed;
    let openAtEnd = 0;
    window.forEach((month, i) => {
      const t = data.months.get(month) ?? emptyTotals();
      open += t.opened - t.closed;
      if (month === period.to) openAtEnd = open;
      additive.forEach((measure, m) => {
        const value = seriesValue(t, measure as Exclude<SeriesMeasure, "open">);
        series[m][i] = this.push(value);
        if (inPeriod.has(i)) periodTotals[m] += value;
      });
    });
    additive.forEach((_, m) => {
      series[m][total] = this.push(periodTotals[m]);
      this.relate([series[m][total], ...this.periodIndexes.map((i) => series[m][i])]);
    });
    const parts = referralParts.map((measure) => additive.indexOf(measure));
    for (let i = 0; i <= total; i += 1) this.relate(parts.map((m) => series[m][i]));
    this.places.set(place, { series, open: this.push(openAtEnd), overdue: this.push(data.overdue), breakdowns: new Map() });
  }

  /** A place's breakdowns, each adding up to its headline count where the parts do. */
  addBreakdowns(place: string, breakdowns: Partial<Record<BreakdownKind, number[]>>): void {
    const own = this.places.get(place);
    if (!own) return;
    const periodCell = (measure: SeriesMeasure) => own.series[additive.indexOf(measure)][this.shape.window.length];
    for (const kind of breakdownKinds) {
      const cells = (breakdowns[kind] ?? []).map((value, i) => this.breakdownCell(own, kind, i + 1, value));
      own.breakdowns.set(kind, cells);
      if (kind === "declineReasons") this.relate([periodCell("declined"), ...cells]);
      if (kind === "outcomesByType") this.relate([periodCell("outcomes"), ...cells]);
    }
  }

  /** With a theme chosen, that theme's own breakdown cells are the headline's new and open cases. */
  private breakdownCell(own: PlaceCells, kind: BreakdownKind, position: number, value: number): number {
    if (this.shape.themePosition === position) {
      if (kind === "newByTheme") return own.series[additive.indexOf("new")][this.shape.window.length];
      if (kind === "openByTheme") return own.open;
    }
    return this.push(value);
  }

  /** Parts and their total, for every cell the parent and its children all have. */
  relateHierarchy(parent: string, children: string[]): void {
    const top = this.places.get(parent);
    const parts = children.map((c) => this.places.get(c)).filter((c): c is PlaceCells => c !== undefined);
    if (!top || parts.length !== children.length) return;
    top.series.forEach((times, m) => times.forEach((cell, i) => this.relate([cell, ...parts.map((p) => p.series[m][i])])));
    this.relate([top.open, ...parts.map((p) => p.open)]);
    this.relate([top.overdue, ...parts.map((p) => p.overdue)]);
    for (const [kind, cells] of top.breakdowns) {
      cells.forEach((cell, i) => {
        const same = parts.map((p) => p.breakdowns.get(kind)?.[i]);
        if (same.every((c) => c !== undefined)) this.relate([cell, ...(same as number[])]);
      });
    }
  }

  /** Fixes this cube's series cells for `place` as another cube decided them. */
  fixFrom(other: FigureCube, place: string): void {
    const mine = this.places.get(place);
    const theirs = other.places.get(place);
    if (!mine || !theirs) return;
    const fix = (a: number, b: number) => this.fixed.set(a, other.protection[b] !== null);
    mine.series.forEach((times, m) => times.forEach((cell, i) => fix(cell, theirs.series[m][i])));
    fix(mine.open, theirs.open);
    fix(mine.overdue, theirs.overdue);
  }

  protect(): this {
    this.protection = protectCells(this.values, this.relations, this.fixed);
    return this;
  }

  /** A cell as published, made when first asked for (a page shows a few hundred of thousands). */
  private shownAt(cell: number): ShownCount {
    this.shown[cell] ??= showCount(this.values[cell], this.protection[cell]);
    return this.shown[cell];
  }

  private cellOf(place: string, measure: SeriesMeasure | "overdue", time: Time): number | undefined {
    const own = this.places.get(place);
    if (!own) return undefined;
    if (measure === "open") return own.open;
    if (measure === "overdue") return own.overdue;
    const i = time === "P" ? this.shape.window.length : this.monthIndex.get(time);
    return i === undefined ? undefined : own.series[additive.indexOf(measure)][i];
  }

  count(place: string, measure: SeriesMeasure | "overdue", time: Time): ShownCount {
    const cell = this.cellOf(place, measure, time);
    return cell === undefined ? showCount(0, null) : this.shownAt(cell);
  }

  breakdown(place: string, kind: BreakdownKind, position: number): ShownCount {
    const cell = this.places.get(place)?.breakdowns.get(kind)?.[position - 1];
    if (cell === undefined) {
      // A chosen theme's own cells are the headline's even when no breakdown was read.
      if (this.shape.themePosition === position && (kind === "newByTheme" || kind === "openByTheme")) {
        return this.count(place, kind === "newByTheme" ? "new" : "open", "P");
      }
      return showCount(0, null);
    }
    return this.shownAt(cell);
  }

  /** The raw value behind a cell, for derived figures that are then hidden with their inputs. */
  raw(place: string, measure: SeriesMeasure | "overdue", time: Time): number {
    const cell = this.cellOf(place, measure, time);
    return cell === undefined ? 0 : this.values[cell];
  }
}
