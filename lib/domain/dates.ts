// Dates are stored in UTC and shown in UK time, in the GOV.UK style ("5 January 2026").
const dateFormat = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "Europe/London",
});

export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** Start of today in UTC, for comparing with @db.Date columns (stored at UTC midnight). */
export function startOfUtcDay(date: Date = new Date()): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}
