// Review dates of barriers: set four weeks ahead when a barrier arrives at a level (raised or
// escalated), then by whoever accepts it; an open barrier past its date is overdue for review.
import type { BarrierStatus } from "@/lib/generated/prisma/enums";
import { londonToday } from "./period";

export const reviewWeeks = 4;

/** Today in UK time as a UTC-midnight date, for @db.Date columns. */
export function londonTodayDate(now: Date = new Date()): Date {
  const [year, month, day] = londonToday(now).split("-").map(Number);
  return new Date(Date.UTC(year, month - 1, day));
}

export function firstReviewDate(now: Date = new Date()): Date {
  return new Date(londonTodayDate(now).getTime() + reviewWeeks * 7 * 86_400_000);
}

export function isBarrierOpen(status: BarrierStatus): boolean {
  return status === "RAISED" || status === "ACCEPTED" || status === "IN_ACTION";
}

/** Overdue: still open and its review date (a UK day) has passed. */
export function isOverdueForReview(barrier: { status: BarrierStatus; reviewBy: Date }, now: Date = new Date()): boolean {
  return isBarrierOpen(barrier.status) && barrier.reviewBy < londonTodayDate(now);
}
