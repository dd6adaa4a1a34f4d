// The time limit of a subject access request (UK GDPR Article 12(3), as the ICO reads it): one
// calendar month from the day the request is received — the same date next month, or the last
// day of next month when it has no such date — extendable by two further months. Pure; days are
// date-only values (UTC midnight), as @db.Date columns hold them.
const dayMs = 86_400_000;

/** The same date `months` calendar months later, or that month's last day when it has no such date. */
export function addCalendarMonths(day: Date, months: number): Date {
  const year = day.getUTCFullYear();
  const month = day.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(day.getUTCDate(), lastDay)));
}

/** When the response is due: one calendar month after receipt. */
export function sarDueOn(receivedOn: Date): Date {
  return addCalendarMonths(receivedOn, 1);
}

/** The latest an extension may set: three calendar months after receipt (one, plus two further). */
export function sarLatestExtendedDueOn(receivedOn: Date): Date {
  return addCalendarMonths(receivedOn, 3);
}

/** The due date in force: the extended one when the limit was extended. */
export function sarDueInForce(request: { dueOn: Date; extendedDueOn: Date | null }): Date {
  return request.extendedDueOn ?? request.dueOn;
}

/** Whole days from `today` to the due date (0 on the day it is due; negative once passed). */
export function sarDaysLeft(dueOn: Date, today: Date): number {
  return Math.round((dueOn.getTime() - today.getTime()) / dayMs);
}

/** An open request past its due date. A responded or closed one is never overdue. */
export function isSarOverdue(request: { status: "OPEN" | "RESPONDED" | "CLOSED"; dueOn: Date; extendedDueOn: Date | null }, today: Date): boolean {
  return request.status === "OPEN" && sarDaysLeft(sarDueInForce(request), today) < 0;
}
