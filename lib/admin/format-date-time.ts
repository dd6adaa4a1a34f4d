// Moments shown in UK time, GOV.UK style ("5 January 2026 at 2:07pm").
const parts = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
  hour: "numeric",
  minute: "2-digit",
  second: "2-digit",
  hour12: true,
  timeZone: "Europe/London",
});

export function formatDateTime(date: Date): string {
  const p = Object.fromEntries(parts.formatToParts(date).map((x) => [x.type, x.value]));
  return `${p.day} ${p.month} ${p.year} at ${p.hour}:${p.minute}:${p.second}${(p.dayPeriod ?? "").toLowerCase().replace(/\s/g, "")}`;
}
