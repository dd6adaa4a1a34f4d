import { describe, expect, it } from "vitest";
import { agreementDisplayStatus, daysUntilEnd } from "@/lib/admin/agreements/agreement-status";
import { addDays, formatDateTime, startOfLondonDay } from "@/lib/domain/london-time";
import { canChangeMembership, endsSessions, membershipChangesFrom } from "@/lib/admin/organisations/status-rules";
import { hashPasswordToken, newPasswordToken, setPasswordPath } from "@/lib/admin/password-tokens";
import { optionalDateFromParts } from "@/lib/forms/date-parts";

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

describe("organisation membership changes", () => {
  it("follow the status an organisation is in", () => {
    expect(membershipChangesFrom("INVITED")).toEqual(["activate", "leave"]);
    expect(membershipChangesFrom("ACTIVE")).toEqual(["suspend", "leave"]);
    expect(membershipChangesFrom("SUSPENDED")).toEqual(["reinstate", "leave"]);
    expect(membershipChangesFrom("LEFT")).toEqual(["activate"]);
    expect(canChangeMembership("LEFT", "suspend")).toBe(false);
  });

  it("end sessions only when users lose access", () => {
    expect([endsSessions("suspend"), endsSessions("leave"), endsSessions("reinstate"), endsSessions("activate")]).toEqual([true, true, false, false]);
  });
});

describe("agreement status", () => {
  const today = utc(2026, 11, 25);
  it("is expired when in force past its end date, and otherwise as stored", () => {
    expect(agreementDisplayStatus({ status: "ACTIVE", endsOn: utc(2026, 11, 24) }, today)).toBe("EXPIRED");
    expect(agreementDisplayStatus({ status: "ACTIVE", endsOn: utc(2026, 11, 25) }, today)).toBe("ACTIVE");
    expect(agreementDisplayStatus({ status: "ACTIVE", endsOn: null }, today)).toBe("ACTIVE");
    expect(agreementDisplayStatus({ status: "ENDED", endsOn: utc(2020, 1, 1) }, today)).toBe("ENDED");
    expect(agreementDisplayStatus({ status: "DRAFT", endsOn: null }, today)).toBe("DRAFT");
  });

  it("counts the days to the end date", () => {
    expect(daysUntilEnd(utc(2027, 1, 24), today)).toBe(60);
    expect(daysUntilEnd(null, today)).toBeNull();
  });
});

describe("set-password tokens", () => {
  it("are long and random, kept only as a SHA-256 hash, and expire after 24 hours for a joiner, 1 hour for a reset", () => {
    const now = new Date("2026-11-25T12:00:00Z");
    const a = newPasswordToken("joiner", now);
    const b = newPasswordToken("joiner", now);
    expect(a.token).not.toBe(b.token);
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a.tokenHash).toBe(hashPasswordToken(a.token));
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.expiresAt.toISOString()).toBe("2026-11-26T12:00:00.000Z");
    expect(newPasswordToken("reset", now).expiresAt.toISOString()).toBe("2026-11-25T13:00:00.000Z");
    expect(setPasswordPath("abc")).toBe("/set-password/abc");
  });
});

describe("UK days", () => {
  it("start at midnight UK time, in winter (GMT) and summer (BST)", () => {
    expect(startOfLondonDay(utc(2026, 1, 15)).toISOString()).toBe("2026-01-15T00:00:00.000Z");
    expect(startOfLondonDay(utc(2026, 7, 15)).toISOString()).toBe("2026-07-14T23:00:00.000Z");
    expect(addDays(utc(2026, 3, 28), 1).toISOString()).toBe("2026-03-29T00:00:00.000Z");
  });

  it("show moments in UK time", () => {
    expect(formatDateTime(new Date("2026-07-15T13:07:09Z"))).toBe("15 July 2026 at 2:07:09pm");
    expect(formatDateTime(new Date("2026-01-05T09:00:00Z"))).toBe("5 January 2026 at 9:00:00am");
  });
});

describe("optional dates", () => {
  const date = optionalDateFromParts("End date");
  it("are null when left blank and a date when filled in", () => {
    expect(date.parse({ day: "", month: " ", year: "" })).toBeNull();
    expect(date.parse({ day: "1", month: "4", year: "2027" })).toEqual(utc(2027, 4, 1));
  });

  it("give the GOV.UK message when partly filled or unreal", () => {
    expect(date.safeParse({ day: "1", month: "", year: "2027" }).error?.issues[0].message).toBe("End date must include a month");
    expect(date.safeParse({ day: "30", month: "2", year: "2027" }).error?.issues[0].message).toBe("End date must be a real date");
  });
});
