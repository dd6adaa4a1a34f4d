// Dates typed as day, month and year, as properties: every real date round-trips through the
// form's fields (datePartsOf, then reading and validating them), impossible ones are refused,
// and the rules about today hold a day either side of it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateFromParts, datePartsOf, optionalDateFromParts, readDateParts } from "@/lib/forms/date-parts";

const day = 86_400_000;
const realDate = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31)), noInvalidDate: true }).map(
  (d) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())),
);
const instant = fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2090, 11, 31)), noInvalidDate: true });
const daysInMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

function formOf(parts: { day: string; month: string; year: string }, name = "on") {
  const form = new FormData();
  for (const [part, value] of Object.entries(parts)) form.set(`${name}.${part}`, value);
  return form;
}

describe("dates as day, month and year (properties)", () => {
  it("every real date round-trips through its form fields", () => {
    fc.assert(
      fc.property(realDate, fc.boolean(), (date, padded) => {
        const parts = datePartsOf(date);
        expect(parts).toBeDefined();
        const typed = padded && parts ? { ...parts, day: parts.day.padStart(2, "0"), month: ` ${parts.month.padStart(2, "0")} ` } : parts!;
        const read = readDateParts(formOf(typed), "on");
        expect(dateFromParts("Date").parse(read)).toEqual(date);
        expect(optionalDateFromParts("Date").parse(read)).toEqual(date);
      }),
      { numRuns: 3000 },
    );
  });

  it("refuses every day past the end of its month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 }), (year, month, over) => {
        const parts = { day: String(daysInMonth(year, month) + over), month: String(month), year: String(year) };
        const result = dateFromParts("Date").safeParse(parts);
        expect(result.success ? null : result.error.issues[0].message).toBe("Date must be a real date");
      }),
    );
  });

  it("knows which years are leap years", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2100 }), (year) => {
        const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
        expect(dateFromParts("Date").safeParse({ day: "29", month: "2", year: String(year) }).success).toBe(leap);
      }),
    );
  });

  it("applies the rules about today with no day's error either side (UK days)", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 2, max: 3000 }), (now, offset) => {
        const at = (days: number) => datePartsOf(new Date(now.getTime() + days * day))!;
        const rule = (name: "pastOrToday" | "futureOrToday") => dateFromParts("Date", name, () => now);
        expect(rule("pastOrToday").safeParse(at(-offset)).success).toBe(true);
        expect(rule("pastOrToday").safeParse(at(offset)).success).toBe(false);
        expect(rule("futureOrToday").safeParse(at(Math.min(offset, 5 * 365 - 2))).success).toBe(true);
        expect(rule("futureOrToday").safeParse(at(-offset)).success).toBe(false);
        expect(rule("futureOrToday").safeParse(at(5 * 366 + offset)).success).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("a blank optional date is none, and no date has no parts", () => {
    expect(optionalDateFromParts("Date").parse({ day: " ", month: "", year: "" })).toBeNull();
    expect(datePartsOf(null)).toBeUndefined();
  });
});
