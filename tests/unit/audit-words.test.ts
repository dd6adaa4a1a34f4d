// The admin's audit viewer shows actions and details in words, never raw JSON.
import { describe, expect, it } from "vitest";
import { describeAction, describeDetails } from "@/lib/admin/audit/describe-event";

describe("audit events in words", () => {
  it("names known actions and spells out unknown ones", () => {
    expect(describeAction("case.addNote")).toBe("Added a note");
    expect(describeAction("case.declineReferral")).toBe("Declined a referral");
    expect(describeAction("admin.team.member-add")).toBe("Team member add");
  });

  it("turns each detail into a 'Label: value' line, enum values in lower-case words", () => {
    expect(describeDetails({ kind: "VISIT", visibility: "OWN_ORGANISATION" })).toEqual([
      "Kind: visit",
      "Visible to: the author's organisation only",
    ]);
    expect(describeDetails({ declineReason: "NO_CAPACITY" })).toEqual(["Reason declined: no capacity"]);
    expect(describeDetails({ fields: ["riskLevel", "summary", "themes"] })).toEqual(["Changed: risk level, summary, themes"]);
    expect(describeDetails({ rows: 12345, filters: { action: "case.view", userEmail: null } })).toEqual([
      "Rows: 12,345",
      "Filters: action case.view",
    ]);
    expect(describeDetails({ accepted: false, someNewFact: "x" })).toEqual(["Accepted: no", "Some new fact: x"]);
  });

  it("has nothing to say when nothing was recorded", () => {
    expect(describeDetails(null)).toEqual([]);
    expect(describeDetails(undefined)).toEqual([]);
  });
});
