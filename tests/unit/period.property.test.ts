// Period arithmetic as properties: months written and read back, adding months and taking them
// away again, ranges counted, and every period the form accepts within the limits.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addMonths,
  compareMonths,
  currentMonth,
  defaultPeriod,
  earliestOfferedMonths,
  isMonth,
  maxPeriodMonths,
  monthCount,
  monthStart,
  monthsBetween,
  parsePeriod,
  trendWindow,
  type Month,
} from "@/lib/domain/period";

const pad = (n: number) => String(n).padStart(2, "0");
const monthOf = (year: number, month: number) => `${year}-${pad(month)}` as Month;
const month = fc.tuple(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => monthOf(y, m));
const shift = fc.integer({ min: -600, max: 600 });
const instant = fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2100-12-31T23:59:59Z"), noInvalidDate: true });

describe("period arithmetic (properties)", () => {
  it("reads back every month it writes, and refuses anything that is not YYYY-MM", () => {
    fc.assert(
      fc.property(month, (m) => {
        expect(isMonth(m)).toBe(true);
        const start = monthStart(m);
        expect(monthOf(start.getUTCFullYear(), start.getUTCMonth() + 1)).toBe(m);
        expect(start.getUTCDate()).toBe(1);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        fc.pre(!/^\d{4}-(0[1-9]|1[0-2])$/.test(text));
        expect(isMonth(text)).toBe(false);
      }),
    );
  });

  it("adding months and taking them away again gives the month back, and adding is cumulative", () => {
    fc.assert(
      fc.property(month, shift, shift, (m, a, b) => {
        expect(addMonths(addMonths(m, a), -a)).toBe(m);
        expect(addMonths(addMonths(m, a), b)).toBe(addMonths(m, a + b));
        expect(Math.sign(compareMonths(addMonths(m, a), m))).toBe(Math.sign(a));
        const start = monthStart(m);
        const moved = monthStart(addMonths(m, a));
        expect((moved.getUTCFullYear() - start.getUTCFullYear()) * 12 + moved.getUTCMonth() - start.getUTCMonth()).toBe(a);
      }),
      { numRuns: 2000 },
    );
  });

  it("counts the months of a range, both ends included, one after the other", () => {
    fc.assert(
      fc.property(month, fc.integer({ min: 1, max: 120 }), (from, n) => {
        const to = addMonths(from, n - 1);
        const months = monthsBetween(from, to);
        expect(months).toHaveLength(n);
        expect(monthCount({ from, to })).toBe(n);
        expect([months[0], months.at(-1)]).toEqual([from, to]);
        months.slice(1).forEach((m, i) => expect(addMonths(months[i], 1)).toBe(m));
        expect(monthsBetween(addMonths(to, 1), to)).toEqual([]);
      }),
    );
  });

  it("the trend window is the chosen period's months, first to last", () => {
    fc.assert(
      fc.property(month, fc.integer({ min: 0, max: 23 }), (to, back) => {
        const from = addMonths(to, -back);
        const window = trendWindow({ from, to });
        expect(window).toHaveLength(back + 1);
        expect([window[0], window.at(-1)]).toEqual([from, to]);
      }),
    );
  });

  it("accepts exactly the periods within the limits, and gives back what it accepted", () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: -70, max: 3 }), fc.integer({ min: 0, max: 30 }), (now, endOffset, length) => {
        const latest = currentMonth(now);
        const to = addMonths(latest, endOffset);
        const from = addMonths(to, -length);
        const withinLimits =
          compareMonths(to, latest) <= 0 && length + 1 <= maxPeriodMonths && compareMonths(from, addMonths(latest, -(earliestOfferedMonths - 1))) >= 0;
        const parsed = parsePeriod({ from, to }, now);
        expect(parsed.ok, `${from} to ${to}, now ${latest}`).toBe(withinLimits);
        if (parsed.ok) expect(parsed.period).toEqual({ from, to });
        else {
          expect(parsed.errors.length).toBeGreaterThan(0);
          expect(parsed.period).toEqual(defaultPeriod(now));
        }
      }),
      { numRuns: 2000 },
    );
  });

  it("whatever the form sends, the period used is within the limits", () => {
    const typed = fc.oneof(fc.string(), month, fc.constant(undefined));
    fc.assert(
      fc.property(instant, typed, typed, (now, from, to) => {
        const { period } = parsePeriod({ from, to }, now);
        const latest = currentMonth(now);
        expect(isMonth(period.from) && isMonth(period.to)).toBe(true);
        expect(compareMonths(period.from, period.to)).toBeLessThanOrEqual(0);
        expect(compareMonths(period.to, latest)).toBeLessThanOrEqual(0);
        expect(monthCount(period)).toBeLessThanOrEqual(maxPeriodMonths);
        expect(defaultPeriod(now)).toEqual({ from: addMonths(latest, -11), to: latest });
      }),
      { numRuns: 2000 },
    );
  });
});
