// Dates typed as day, month and year (GOV.UK pattern) → a date-only value (UTC midnight of that
// calendar date), with GOV.UK error messages that say which rule the date breaks. "Today" is
// the UK's today (lib/domain/london-time.ts), not UTC's.
import { z } from "zod";
import { londonToday } from "@/lib/domain/london-time";

export type DatePartsInput = { day: string; month: string; year: string };

export function readDateParts(formData: FormData, name: string): DatePartsInput {
  const part = (key: string) => {
    const value = formData.get(`${name}.${key}`);
    return typeof value === "string" ? value.trim() : "";
  };
  return { day: part("day"), month: part("month"), year: part("year") };
}

export type DateRule = "past" | "pastOrToday" | "future" | "futureOrToday" | "any";

/** Dates before this are not plausible for anything the portal records. */
export const earliestYear = 1900;
/** How far ahead a due, review or end date may be. */
export const futureLimitYears = 5;
/** The latest year an unconstrained date ("any") may have. */
export const latestYear = 2100;

const partsSchema = z.object({ day: z.string(), month: z.string(), year: z.string() });

function ruleProblem(date: Date, rule: DateRule, today: Date): string | null {
  const limit = new Date(Date.UTC(today.getUTCFullYear() + futureLimitYears, today.getUTCMonth(), today.getUTCDate()));
  if (date.getUTCFullYear() < earliestYear) return `must be in ${earliestYear} or later`;
  switch (rule) {
    case "past":
      return date >= today ? "must be in the past" : null;
    case "pastOrToday":
      return date > today ? "must be today or in the past" : null;
    case "future":
      return date <= today ? "must be in the future" : date > limit ? `must be within the next ${futureLimitYears} years` : null;
    case "futureOrToday":
      return date < today ? "must be today or in the future" : date > limit ? `must be within the next ${futureLimitYears} years` : null;
    case "any":
      return date.getUTCFullYear() > latestYear ? `must be in ${latestYear} or earlier` : null;
  }
}

export function dateFromParts(label: string, rule: DateRule = "any", now: () => Date = () => new Date()) {
  return partsSchema.transform((parts, ctx) => {
    const missing = (["day", "month", "year"] as const).filter((k) => parts[k].trim() === "");
    if (missing.length === 3) {
      ctx.addIssue({ code: "custom", message: `Enter the ${label.toLowerCase()}` });
      return z.NEVER;
    }
    if (missing.length > 0) {
      ctx.addIssue({ code: "custom", message: `${label} must include a ${missing.join(" and ")}` });
      return z.NEVER;
    }
    const [day, month, year] = [parts.day, parts.month, parts.year].map((p) => (/^\d{1,4}$/.test(p.trim()) ? Number(p) : NaN));
    if (parts.year.trim().length !== 4 && !Number.isNaN(year)) {
      ctx.addIssue({ code: "custom", message: `Year must include 4 numbers` });
      return z.NEVER;
    }
    const date = new Date(Date.UTC(year, month - 1, day));
    const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    if (!real) {
      ctx.addIssue({ code: "custom", message: `${label} must be a real date` });
      return z.NEVER;
    }
    const problem = ruleProblem(date, rule, londonToday(now()));
    if (problem) {
      ctx.addIssue({ code: "custom", message: `${label} ${problem}` });
      return z.NEVER;
    }
    return date;
  });
}

/** A date that may be left blank: blank gives null, anything typed must be a real date. */
export function optionalDateFromParts(label: string, rule: DateRule = "any", now: () => Date = () => new Date()) {
  const date = dateFromParts(label, rule, now);
  return partsSchema.transform((parts, ctx): Date | null => {
    if (parts.day.trim() === "" && parts.month.trim() === "" && parts.year.trim() === "") return null;
    const parsed = date.safeParse(parts);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
    return z.NEVER;
  });
}

export function datePartsOf(date: Date | null | undefined): DatePartsInput | undefined {
  if (!date) return undefined;
  return {
    day: String(date.getUTCDate()),
    month: String(date.getUTCMonth() + 1),
    year: String(date.getUTCFullYear()),
  };
}

