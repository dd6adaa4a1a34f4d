import { describe, expect, it } from "vitest";
import { dateFromParts } from "@/lib/forms/date-parts";

const now = () => new Date(Date.UTC(2026, 10, 25, 15));
const parse = (day: string, month: string, year: string, rule: Parameters<typeof dateFromParts>[1] = "any") =>
  dateFromParts("Date of birth", rule, now).safeParse({ day, month, year });

const message = (result: ReturnType<typeof parse>) => (result.success ? null : result.error.issues[0]?.message);

describe("dates typed as day, month and year", () => {
  it("become a UTC-midnight date", () => {
    expect(parse("5", "1", "1990")).toEqual({ success: true, data: new Date(Date.UTC(1990, 0, 5)) });
  });

  it("ask for the date when nothing is typed", () => {
    expect(message(parse("", "", ""))).toBe("Enter the date of birth");
  });

  it("say which part is missing", () => {
    expect(message(parse("5", "", "1990"))).toBe("Date of birth must include a month");
    expect(message(parse("", "", "1990"))).toBe("Date of birth must include a day and month");
  });

  it("refuse dates that do not exist", () => {
    expect(message(parse("31", "2", "1990"))).toBe("Date of birth must be a real date");
    expect(message(parse("x", "1", "1990"))).toBe("Date of birth must be a real date");
  });

  it("ask for a four-number year", () => {
    expect(message(parse("1", "1", "190"))).toBe("Year must include 4 numbers");
    expect(message(parse("1", "1", "90"))).toBe("Year must include 4 numbers");
  });

  it("apply past and future rules against today", () => {
    expect(message(parse("25", "11", "2026", "past"))).toBe("Date of birth must be in the past");
    expect(parse("25", "11", "2026", "pastOrToday").success).toBe(true);
    expect(message(parse("26", "11", "2026", "pastOrToday"))).toBe("Date of birth must be today or in the past");
    expect(message(parse("24", "11", "2026", "futureOrToday"))).toBe("Date of birth must be today or in the future");
  });

  it("say which rule a real but far-off date breaks, rather than calling it unreal", () => {
    expect(message(parse("31", "12", "9999", "pastOrToday"))).toBe("Date of birth must be today or in the past");
    expect(message(parse("31", "12", "9999", "futureOrToday"))).toBe("Date of birth must be within the next 5 years");
    expect(parse("25", "11", "2031", "futureOrToday").success).toBe(true);
    expect(message(parse("26", "11", "2031", "futureOrToday"))).toBe("Date of birth must be within the next 5 years");
    expect(message(parse("31", "12", "1899", "pastOrToday"))).toBe("Date of birth must be in 1900 or later");
    expect(message(parse("1", "1", "2101"))).toBe("Date of birth must be in 2100 or earlier");
  });

  it("measure today in the UK: at 00:30 BST on 1 July, 1 July is today, not the future", () => {
    const justAfterMidnightInLondon = () => new Date(Date.UTC(2026, 5, 30, 23, 30)); // 00:30 on 1 July, BST
    const today = dateFromParts("Date of the contact", "pastOrToday", justAfterMidnightInLondon).safeParse({ day: "1", month: "7", year: "2026" });
    expect(today.success).toBe(true);
    const due = dateFromParts("Due date", "futureOrToday", justAfterMidnightInLondon).safeParse({ day: "30", month: "6", year: "2026" });
    expect(due.success).toBe(false);
  });
});
