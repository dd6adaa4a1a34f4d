// The time limit of a subject access request: one calendar month (the same date next month, or
// that month's last day), extendable by two further months; days left and overdue with a given today.
import { describe, expect, it } from "vitest";
import { addCalendarMonths, isSarOverdue, sarDaysLeft, sarDueInForce, sarDueOn, sarLatestExtendedDueOn } from "@/lib/domain/sar-due-date";
import { responseSectionsOf, type SarItem } from "@/lib/sar/sar-items";

const day = (text: string) => new Date(`${text}T00:00:00.000Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("the due date of a subject access request", () => {
  it.each([
    ["2026-01-03", "2026-02-03"],
    ["2026-01-31", "2026-02-28"],
    ["2028-01-31", "2028-02-29"],
    ["2026-01-29", "2026-02-28"],
    ["2026-03-31", "2026-04-30"],
    ["2026-08-31", "2026-09-30"],
    ["2026-12-15", "2027-01-15"],
    ["2026-12-31", "2027-01-31"],
    ["2026-02-28", "2026-03-28"],
  ])("received %s is due %s", (received, due) => {
    expect(iso(sarDueOn(day(received)))).toBe(due);
  });

  it("may be extended to three calendar months after receipt at the latest", () => {
    expect(iso(sarLatestExtendedDueOn(day("2026-11-30")))).toBe("2027-02-28");
    expect(iso(addCalendarMonths(day("2026-05-31"), 3))).toBe("2026-08-31");
  });

  it("uses the extended date once the limit is extended", () => {
    expect(iso(sarDueInForce({ dueOn: day("2026-02-03"), extendedDueOn: day("2026-04-03") }))).toBe("2026-04-03");
    expect(iso(sarDueInForce({ dueOn: day("2026-02-03"), extendedDueOn: null }))).toBe("2026-02-03");
  });
});

describe("days left and the overdue flag, for a given today", () => {
  const request = { status: "OPEN" as const, dueOn: day("2026-02-28"), extendedDueOn: null };

  it("counts whole days, zero on the day it is due", () => {
    expect(sarDaysLeft(day("2026-02-28"), day("2026-02-01"))).toBe(27);
    expect(sarDaysLeft(day("2026-02-28"), day("2026-02-28"))).toBe(0);
    expect(sarDaysLeft(day("2026-02-28"), day("2026-03-02"))).toBe(-2);
  });

  it("is overdue only when open and past its due date", () => {
    expect(isSarOverdue(request, day("2026-02-28"))).toBe(false);
    expect(isSarOverdue(request, day("2026-03-01"))).toBe(true);
    expect(isSarOverdue({ ...request, status: "RESPONDED" }, day("2026-03-01"))).toBe(false);
    expect(isSarOverdue({ ...request, extendedDueOn: day("2026-04-28") }, day("2026-03-01"))).toBe(false);
  });
});

describe("the response's sections", () => {
  const note = (id: string): SarItem => ({ type: "note", id, title: id, lines: [] });

  it("leaves withheld items out and counts them by reason", () => {
    const withheld = new Map([["note:b", { reason: "third-party data" }], ["note:c", { reason: "third-party data" }]]);
    const notes = responseSectionsOf([note("a"), note("b"), note("c")], withheld).find((s) => s.kind === "note");
    expect(notes?.items.map((i) => i.id)).toEqual(["a"]);
    expect(notes?.withheld).toEqual([{ reason: "third-party data", count: 2 }]);
  });
});
