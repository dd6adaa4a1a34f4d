// A GOV.UK date that may be left blank: blank gives null, anything typed must be a real date.
import { z } from "zod";
import { dateFromParts } from "@/lib/forms/date-parts";

export function optionalDateFromParts(label: string) {
  const date = dateFromParts(label);
  return z.object({ day: z.string(), month: z.string(), year: z.string() }).transform((parts, ctx): Date | null => {
    if (parts.day.trim() === "" && parts.month.trim() === "" && parts.year.trim() === "") return null;
    const parsed = date.safeParse(parts);
    if (parsed.success) return parsed.data;
    for (const issue of parsed.error.issues) ctx.addIssue({ code: "custom", message: issue.message });
    return z.NEVER;
  });
}
