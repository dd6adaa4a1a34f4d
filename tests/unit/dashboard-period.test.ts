import { describe, expect, it } from "vitest";
import {
  addMonths,
  currentMonth,
  defaultPeriod,
  londonToday,
  monthLabel,
  monthsBetween,
  parsePeriod,
  periodLabel,
  trendWindow,
} from "@/lib/domain/period";

const now = new Date("2026-03-15T12:00:00Z");

describe("dashboard periods", () => {
  it("use UK time for today and the current month", () => {
    // 23:30 UTC on 31 May is already 1 June in British Summer Time.
    expect(londonToday(new Date("2025-05-31T23:30:00Z"))).toBe("2025-06-01");
    expect(currentMonth(new Date("2025-05-31T23:30:00Z"))).toBe("2025-06");
    expect(currentMonth(new Date("2025-12-31T23:30:00Z"))).toBe("2025-12");
  });

  it("do month arithmetic across years", () => {
    expect(addMonths("2026-01", -1)).toBe("2025-12");
    expect(addMonths("2025-11", 14)).toBe("2027-01");
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsBetween("2026-02", "2025-11")).toEqual([]);
  });

  it("default to the last 12 months, this one included", () => {
    expect(defaultPeriod(now)).toEqual({ from: "2025-04", to: "2026-03" });
  });

  it("show the period's own months as the trend, not 24 months that start a year before it", () => {
    const window = trendWindow({ from: "2026-01", to: "2026-12" });
    expect(window).toHaveLength(12);
    expect(window[0]).toBe("2026-01");
    expect(window[11]).toBe("2026-12");
    expect(trendWindow({ from: "2026-03", to: "2026-03" })).toEqual(["2026-03"]);
    const window24 = trendWindow({ from: "2024-04", to: "2026-03" });
    expect(window24).toHaveLength(24);
    expect(window24[0]).toBe("2024-04");
    expect(window24[23]).toBe("2026-03");
  });

  it("label months and periods in words", () => {
    expect(monthLabel("2026-01")).toBe("January 2026");
    expect(periodLabel({ from: "2025-04", to: "2026-03" })).toBe("April 2025 to March 2026");
    expect(periodLabel({ from: "2025-04", to: "2025-04" })).toBe("April 2025");
  });

  it("accept a valid chosen period and fill in what is missing", () => {
    expect(parsePeriod({ from: "2025-01", to: "2025-06" }, now)).toEqual({ ok: true, period: { from: "2025-01", to: "2025-06" } });
    expect(parsePeriod({}, now)).toEqual({ ok: true, period: defaultPeriod(now) });
  });

  it.each([
    [{ from: "2025-13", to: "2026-01" }, "from", /Choose a start month/],
    [{ from: "2025-01", to: "2026-04" }, "to", /must not be in the future/],
    [{ from: "2025-06", to: "2025-05" }, "from", /same as or before/],
    [{ from: "2023-01", to: "2025-06" }, "from", /24 months or shorter/],
    [{ from: "2020-01", to: "2020-06" }, "from", /within the last 60 months/],
  ])("refuse %j with a message at the field", (input, field, message) => {
    const result = parsePeriod(input, now);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.period).toEqual(defaultPeriod(now));
    expect(result.errors[0].field).toBe(field);
    expect(result.errors[0].message).toMatch(message);
  });
});
