// The demo barriers tell stories the portal itself could have recorded: every history follows
// the life cycle the barrier policy allows, and each barrier ends where its history says.
import { describe, expect, it } from "vitest";
import { nextLevel } from "@/lib/access/barrier-policy";
import { findPersonalData } from "@/lib/domain/personal-data";
import type { BarrierStatus, EscalationLevel } from "@/lib/generated/prisma/enums";
import { buildDemoDataset } from "../../prisma/seed/build-demo-dataset";

const dataset = buildDemoDataset({ seed: 2014, now: new Date(Date.UTC(2026, 10, 30)), passwordHash: "x" });

describe("demo barriers", () => {
  it("are a few dozen, at every level, some resolved, some closed as cannot be resolved, some at the board", () => {
    const b = dataset.barrier;
    expect(b.length).toBeGreaterThanOrEqual(30);
    for (const level of ["NEIGHBOURHOOD", "LOCALITY", "PARTNERSHIP_BOARD"] as const) expect(b.some((x) => x.escalationLevel === level)).toBe(true);
    for (const status of ["RAISED", "ACCEPTED", "IN_ACTION", "RESOLVED", "CLOSED_UNRESOLVED"] as const) expect(b.some((x) => x.status === status)).toBe(true);
  });

  it("every history follows the life cycle, in time order, and ends in the barrier's state", () => {
    const problems: string[] = [];
    for (const barrier of dataset.barrier) {
      const events = dataset.barrierEvent.filter((e) => e.barrierId === barrier.id);
      let status: BarrierStatus = "RAISED";
      let level = events[0]?.toLevel as EscalationLevel;
      let last = 0;
      events.forEach((e, i) => {
        const at = new Date(e.at as Date).getTime();
        if (at < last) problems.push(`${barrier.title}: event ${i} out of order`);
        last = at;
        if (i === 0 && e.kind !== "RAISED") problems.push(`${barrier.title}: does not start raised`);
        if (e.kind === "ACCEPTED" && status !== "RAISED") problems.push(`${barrier.title}: accepted while ${status}`);
        if ((e.kind === "RESOLVED" || e.kind === "CLOSED_UNRESOLVED") && status !== "ACCEPTED" && status !== "IN_ACTION") problems.push(`${barrier.title}: closed while ${status}`);
        if (e.kind === "ESCALATED") {
          if (e.fromLevel !== level || e.toLevel !== nextLevel(level)) problems.push(`${barrier.title}: escalated from ${e.fromLevel} to ${e.toLevel} at ${level}`);
          level = e.toLevel as EscalationLevel;
        }
        if (e.toStatus) status = e.toStatus as BarrierStatus;
      });
      if (status !== barrier.status) problems.push(`${barrier.title}: history ends ${status}, barrier is ${barrier.status}`);
      if (level !== barrier.escalationLevel) problems.push(`${barrier.title}: history ends at ${level}, barrier is at ${barrier.escalationLevel}`);
    }
    expect(problems).toEqual([]);
  });

  it("name organisations and link cases by reference only (no personal data in their words)", () => {
    expect(dataset.barrier.every((b) => dataset.barrierOrganisation.some((o) => o.barrierId === b.id))).toBe(true);
    expect(dataset.barrierCaseLink.length).toBeGreaterThan(0);
    const texts = [
      ...dataset.barrier.flatMap((b) => [b.title, b.description, b.effect, b.resolution ?? ""]),
      ...dataset.barrierComment.map((c) => c.body),
      ...dataset.barrierEvent.map((e) => e.note ?? ""),
    ];
    expect(texts.filter((t) => findPersonalData(String(t)).length > 0)).toEqual([]);
  });
});
