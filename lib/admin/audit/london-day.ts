// The instant a calendar day starts in the UK (midnight Europe/London, GMT or BST), so a date
// range typed by an admin means the days they see, not UTC days.
export function startOfLondonDay(utcMidnight: Date): Date {
  const offsetText = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", timeZoneName: "shortOffset" })
    .formatToParts(utcMidnight)
    .find((p) => p.type === "timeZoneName")?.value;
  const match = /GMT([+-]\d+)?/.exec(offsetText ?? "");
  const hours = match?.[1] ? Number(match[1]) : 0;
  return new Date(utcMidnight.getTime() - hours * 60 * 60 * 1000);
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}
