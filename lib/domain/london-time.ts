// The one time module: instants are stored in UTC; days are UK days (Europe/London, GMT or BST).
// Date-only columns (@db.Date) hold a day as UTC midnight of that calendar date, so "today" for
// them is the London calendar date at UTC midnight — never the UTC date, which is yesterday's
// between midnight and 1am in summer.
const londonDateParts = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

const londonDateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});

const londonDateTimeParts = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  second: "2-digit",
  hour12: true,
  timeZone: "Europe/London",
});

const dayMs = 86_400_000;

/** The London calendar date of an instant as "YYYY-MM-DD". */
export function londonDateText(instant: Date = new Date()): string {
  const p = Object.fromEntries(londonDateParts.formatToParts(instant).map((x) => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}

/** The London calendar date of an instant, as a date-only value (UTC midnight of that date). */
export function londonDayOf(instant: Date): Date {
  return new Date(`${londonDateText(instant)}T00:00:00.000Z`);
}

/** Today in the UK, as a date-only value: compare it with @db.Date columns. */
export function londonToday(now: Date = new Date()): Date {
  return londonDayOf(now);
}

/** The instant a UK day (given as a date-only value) starts: midnight Europe/London. */
export function startOfLondonDay(day: Date): Date {
  const offsetText = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", timeZoneName: "shortOffset" })
    .formatToParts(day)
    .find((p) => p.type === "timeZoneName")?.value;
  const match = /GMT([+-]\d+)?/.exec(offsetText ?? "");
  const hours = match?.[1] ? Number(match[1]) : 0;
  return new Date(day.getTime() - hours * 60 * 60 * 1000);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * dayMs);
}

/** A day or an instant in the GOV.UK style, in UK time: "5 January 2026". */
export function formatDate(date: Date): string {
  return londonDateFormat.format(date);
}

/** An instant in the GOV.UK style, in UK time: "5 January 2026 at 2:07:09pm". */
export function formatDateTime(date: Date): string {
  const p = Object.fromEntries(londonDateTimeParts.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.day} ${p.month} ${p.year} at ${p.hour}:${p.minute}:${p.second}${(p.dayPeriod ?? "").toLowerCase().replace(/\s/g, "")}`;
}
