// Dates typed as day, month and year (GOV.UK pattern) → a UTC-midnight Date, with the
// GOV.UK error messages ("Date of birth must be a real date").
import { z } from "zod";

export type DatePartsInput = { day: string; month: string; year: string };

export function readDateParts(formData: FormData, name: string): DatePartsInput {
  const part = (key: string) => String(formData.get(`${name}.${key}`) ?? "").trim();
  return { day: part("day"), month: part("month"), year: part("year") };
}

type Rule = "past" | "pastOrToday" | "future" | "futureOrToday" | "any";

export function dateFromParts(label: string, rule: Rule = "any", now: () => Date = () => new Date()) {
  return z
    .object({ day: z.string(), month: z.string(), year: z.string() })
    .transform((parts, ctx) => {
      const missing = (["day", "month", "year"] as const).filter((k) => parts[k] === "");
      if (missing.length === 3) {
        ctx.addIssue({ code: "custom", message: `Enter the ${label.toLowerCase()}` });
        return z.NEVER;
      }
      if (missing.length > 0) {
        ctx.addIssue({ code: "custom", message: `${label} must include a ${missing.join(" and ")}` });
        return z.NEVER;
      }
      const [day, month, year] = [parts.day, parts.month, parts.year].map((p) => (/^\d+$/.test(p) ? Number(p) : NaN));
      const date = new Date(Date.UTC(year, month - 1, day));
      const real =
        year >= 1900 &&
        year <= 2200 &&
        date.getUTCFullYear() === year &&
        date.getUTCMonth() === month - 1 &&
        date.getUTCDate() === day;
      if (!real) {
        ctx.addIssue({ code: "custom", message: `${label} must be a real date` });
        return z.NEVER;
      }
      const today = new Date(Date.UTC(now().getUTCFullYear(), now().getUTCMonth(), now().getUTCDate()));
      const problem =
        rule === "past" && date >= today
          ? "must be in the past"
          : rule === "pastOrToday" && date > today
            ? "must be today or in the past"
            : rule === "future" && date <= today
              ? "must be in the future"
              : rule === "futureOrToday" && date < today
                ? "must be today or in the future"
                : null;
      if (problem) {
        ctx.addIssue({ code: "custom", message: `${label} ${problem}` });
        return z.NEVER;
      }
      return date;
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
