// Calendar months for dashboards, as "YYYY-MM" in UK time: parsing a chosen period, the
// default (the last 12 months) and the trend window (the period's own months).
export type Month = `${number}-${string}`;
export type Period = { from: Month; to: Month };

export const maxPeriodMonths = 24;
/** How far back the period form offers months. */
export const earliestOfferedMonths = 60;

const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/;

const londonParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** Today in UK time as "YYYY-MM-DD". */
export function londonToday(now: Date = new Date()): string {
  const parts = Object.fromEntries(londonParts.formatToParts(now).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day}`;
}

export function currentMonth(now: Date = new Date()): Month {
  return londonToday(now).slice(0, 7) as Month;
}

export function isMonth(value: string): value is Month {
  return monthPattern.test(value);
}

function toIndex(month: Month): number {
  const [year, m] = month.split("-").map(Number);
  return year * 12 + (m - 1);
}

function fromIndex(index: number): Month {
  const year = Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, "0")}` as Month;
}

export function addMonths(month: Month, count: number): Month {
  return fromIndex(toIndex(month) + count);
}

/** Months from `from` to `to`, both included (empty when from is after to). */
export function monthsBetween(from: Month, to: Month): Month[] {
  const months: Month[] = [];
  for (let i = toIndex(from); i <= toIndex(to); i += 1) months.push(fromIndex(i));
  return months;
}

export function monthCount(period: Period): number {
  return toIndex(period.to) - toIndex(period.from) + 1;
}

export function compareMonths(a: Month, b: Month): number {
  return toIndex(a) - toIndex(b);
}

/** The first day of the month as a UTC date, for date columns. */
export function monthStart(month: Month): Date {
  const index = toIndex(month);
  return new Date(Date.UTC(Math.floor(index / 12), index % 12, 1));
}

const longLabel = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const shortLabel = new Intl.DateTimeFormat("en-GB", { month: "short", year: "numeric", timeZone: "UTC" });

/** "January 2026" */
export function monthLabel(month: Month): string {
  return longLabel.format(monthStart(month));
}

/** "Jan 2026" */
export function shortMonthLabel(month: Month): string {
  return shortLabel.format(monthStart(month));
}

export function periodLabel(period: Period): string {
  return period.from === period.to
    ? monthLabel(period.from)
    : `${monthLabel(period.from)} to ${monthLabel(period.to)}`;
}

export function defaultPeriod(now: Date = new Date()): Period {
  const to = currentMonth(now);
  return { from: addMonths(to, -11), to };
}

/** The trend window: the months of the chosen period, so charts, tables and exports say the same. */
export function trendWindow(period: Period): Month[] {
  return monthsBetween(period.from, period.to);
}

/** Months the period form offers, newest first. */
export function offeredMonths(now: Date = new Date()): Month[] {
  const to = currentMonth(now);
  return monthsBetween(addMonths(to, -(earliestOfferedMonths - 1)), to).reverse();
}

export type PeriodError = { field: "from" | "to"; message: string };

/** Reads a period from the form's values; missing values take the default's. */
export function parsePeriod(
  input: { from?: string; to?: string },
  now: Date = new Date(),
): { ok: true; period: Period } | { ok: false; period: Period; errors: PeriodError[] } {
  const fallback = defaultPeriod(now);
  const errors: PeriodError[] = [];
  const read = (value: string | undefined, field: "from" | "to"): Month => {
    if (value === undefined || value === "") return fallback[field];
    if (isMonth(value)) return value;
    errors.push({ field, message: `Choose a ${field === "from" ? "start" : "end"} month from the list` });
    return fallback[field];
  };
  const period = { from: read(input.from, "from"), to: read(input.to, "to") };
  if (errors.length) return { ok: false, period: fallback, errors };
  const latest = currentMonth(now);
  if (compareMonths(period.to, latest) > 0) errors.push({ field: "to", message: "The end month must not be in the future" });
  else if (compareMonths(period.from, period.to) > 0) errors.push({ field: "from", message: "The start month must be the same as or before the end month" });
  else if (monthCount(period) > maxPeriodMonths) {
    errors.push({ field: "from", message: `The period must be ${maxPeriodMonths} months or shorter` });
  } else if (compareMonths(period.from, addMonths(latest, -(earliestOfferedMonths - 1))) < 0) {
    errors.push({ field: "from", message: `The start month must be within the last ${earliestOfferedMonths} months` });
  }
  return errors.length ? { ok: false, period: fallback, errors } : { ok: true, period };
}
