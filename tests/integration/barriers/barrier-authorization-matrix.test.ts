// The barrier authorization matrix: every relation a user can have to a barrier × every
// transition at every level, each cell run through the real function against the real database
// on a fresh barrier, compared with the table below. A refused cell must also leave its DENIED
// audit row (and change nothing).
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { acceptBarrier } from "@/lib/barriers/accept-barrier";
import { addBarrierAction } from "@/lib/barriers/add-barrier-action";
import { closeBarrier } from "@/lib/barriers/close-barrier";
import { commentOnBarrier } from "@/lib/barriers/comment-on-barrier";
import { editBarrier } from "@/lib/barriers/edit-barrier";
import { escalateBarrier } from "@/lib/barriers/escalate-barrier";
import { linkCasesToBarrier } from "@/lib/barriers/link-cases-to-barrier";
import { raiseBarrier } from "@/lib/barriers/raise-barrier";
import { updateBarrierAction } from "@/lib/barriers/update-barrier-action";
import { db } from "@/tests/support/owner-db";
import { formatCaseReference } from "@/lib/domain/case-reference";
import type { EscalationLevel } from "@/lib/generated/prisma/enums";
import { daysFromToday } from "../../support/case-factories";
import { formDataOf } from "../../support/form-data";
import { barrierWorld, type BarrierWorld } from "./barrier-world";

const transitions = ["accept", "edit", "addAction", "updateAction", "comment", "escalate", "resolve", "closeUnresolved", "linkCase"] as const;
type Transition = (typeof transitions)[number];
const levels: EscalationLevel[] = ["NEIGHBOURHOOD", "LOCALITY", "PARTNERSHIP_BOARD"];
const Y = true;
const N = false;

/** One relation's answers: may raise, then the nine transitions at each level. */
const row = (raise: boolean, n: boolean[], l: boolean[], b: boolean[]) => ({ raise, NEIGHBOURHOOD: n, LOCALITY: l, PARTNERSHIP_BOARD: b });

//                                               accept edit action updAct comment escal resolve close link
const follower = [N, N, N, N, Y, N, N, N, Y];
const ownerOfAction = [N, N, N, Y, Y, N, N, N, Y];
const responsibleLead = [Y, Y, Y, Y, Y, Y, Y, Y, Y];
const responsibleTeamLead = [Y, Y, Y, Y, Y, Y, Y, Y, N];
const commentsOnly = [N, N, N, N, Y, N, N, N, N];
const boardAtBoard = [Y, Y, Y, Y, Y, N, Y, Y, N];
const nothing = [N, N, N, N, N, N, N, N, N];

const expected = {
  "frontline worker who raised it": row(Y, follower, follower, follower),
  "frontline worker of another organisation": row(Y, follower, follower, follower),
  "named owner of one of its actions": row(Y, ownerOfAction, ownerOfAction, ownerOfAction),
  "team lead of a team in its neighbourhood": row(N, responsibleTeamLead, commentsOnly, commentsOnly),
  "team lead of its neighbourhood": row(N, responsibleTeamLead, commentsOnly, commentsOnly),
  "team lead of another neighbourhood": row(N, commentsOnly, commentsOnly, commentsOnly),
  "neighbourhood lead of its neighbourhood": row(Y, responsibleLead, follower, follower),
  "locality lead of its locality": row(Y, responsibleLead, responsibleLead, follower),
  "locality lead of another locality": row(Y, follower, follower, follower),
  "partnership board member": row(N, commentsOnly, commentsOnly, boardAtBoard),
  "partnership admin": row(N, nothing, nothing, nothing),
};
type Relation = keyof typeof expected;

let w: BarrierWorld;
let actors: Record<Relation, Actor>;

beforeAll(async () => {
  w = await barrierWorld();
  const p = w.people;
  actors = {
    "frontline worker who raised it": p.raiser,
    "frontline worker of another organisation": p.otherWorker,
    "named owner of one of its actions": p.actionOwner,
    "team lead of a team in its neighbourhood": p.teamLeadOfTeam,
    "team lead of its neighbourhood": p.teamLeadOfNeighbourhood,
    "team lead of another neighbourhood": p.teamLeadElsewhere,
    "neighbourhood lead of its neighbourhood": p.neighbourhoodLead,
    "locality lead of its locality": p.localityLead,
    "locality lead of another locality": p.localityLeadElsewhere,
    "partnership board member": p.boardMember,
    "partnership admin": p.admin,
  };
});

const clean = { title: "Repairs system closed to partners", description: "Partners cannot open the repairs system.", effect: "Repairs are chased three times.", category: "SYSTEM" };

async function attempt(actor: Actor, level: EscalationLevel, transition: Transition): Promise<{ allowed: boolean; barrierId: string }> {
  // Accepting needs a barrier waiting for an owner; everything else one already accepted.
  const b = await w.freshBarrier({ level, status: transition === "accept" ? "RAISED" : "ACCEPTED" });
  const v = String(b.version);
  const run = async () => {
    switch (transition) {
      case "accept":
        return acceptBarrier(actor, b.id, formDataOf({ reviewBy: daysFromToday(30), note: "", version: v }));
      case "edit":
        return editBarrier(actor, b.id, formDataOf({ ...clean, organisationIds: [w.council.id], reviewBy: daysFromToday(30), version: v }));
      case "addAction":
        return addBarrierAction(actor, b.id, formDataOf({ description: "Write to the system owner", ownerOrganisationId: w.council.id, ownerUserId: "", dueOn: daysFromToday(14), clientRequestId: w.requestId() }));
      case "updateAction":
        return updateBarrierAction(actor, b.id, formDataOf({ actionId: b.actionId, status: "DONE" }));
      case "comment":
        return commentOnBarrier(actor, b.id, formDataOf({ body: "Met this again today.", clientRequestId: w.requestId() }));
      case "escalate":
        return escalateBarrier(actor, b.id, formDataOf({ reason: "Needs a decision above this level.", version: v }));
      case "resolve":
        return closeBarrier(actor, b.id, formDataOf({ outcome: "RESOLVED", resolution: "Accounts issued.", version: v }));
      case "closeUnresolved":
        return closeBarrier(actor, b.id, formDataOf({ outcome: "CLOSED_UNRESOLVED", resolution: "No funding.", version: v }));
      case "linkCase": {
        const linked = await w.caseOf(actor);
        return linkCasesToBarrier(actor, b.id, formDataOf({ caseReferences: formatCaseReference(linked.number) }));
      }
    }
  };
  return { allowed: (await run()).ok, barrierId: b.id };
}

const auditAction: Record<Transition, string> = {
  accept: "barrier.accept",
  edit: "barrier.edit",
  addAction: "barrier.addAction",
  updateAction: "barrier.updateAction",
  comment: "barrier.comment",
  escalate: "barrier.escalate",
  resolve: "barrier.resolve",
  closeUnresolved: "barrier.closeUnresolved",
  linkCase: "barrier.linkCase",
};

async function refusalAudited(actor: Actor, action: string, since: Date) {
  return (await db.auditEvent.count({ where: { actorUserId: actor.userId, action, outcome: "DENIED", at: { gte: since } } })) > 0;
}

describe("barrier authorization matrix", () => {
  it("every relation × transition × level gives exactly the expected answer, and every refusal is audited", async () => {
    const mismatches: string[] = [];
    let cells = 0;
    for (const relation of Object.keys(expected) as Relation[]) {
      const actor = actors[relation];
      cells += 1;
      const since = new Date();
      const raised = await raiseBarrier(actor, formDataOf({ ...clean, organisationIds: [w.council.id], place: `neighbourhood:${w.neighbourhood.id}`, caseReferences: "", clientRequestId: w.requestId() }));
      if (raised.ok !== expected[relation].raise) mismatches.push(`${relation} / raise: expected ${expected[relation].raise ? "allowed" : "refused"}`);
      if (!raised.ok && !(await refusalAudited(actor, "barrier.raise", since))) mismatches.push(`${relation} / raise: refused without a DENIED audit row`);

      for (const level of levels) {
        for (const [i, transition] of transitions.entries()) {
          cells += 1;
          const started = new Date();
          const want = expected[relation][level][i];
          const { allowed, barrierId } = await attempt(actor, level, transition);
          if (allowed !== want) mismatches.push(`${relation} / ${transition} at ${level}: expected ${want ? "allowed" : "refused"}, got ${allowed ? "allowed" : "refused"}`);
          if (!allowed && !want) {
            if (!(await refusalAudited(actor, auditAction[transition], started))) mismatches.push(`${relation} / ${transition} at ${level}: refused without a DENIED audit row`);
            const history = await db.barrierEvent.count({ where: { barrierId } });
            if (history !== 1) mismatches.push(`${relation} / ${transition} at ${level}: refused but the history changed`);
          }
        }
      }
    }
    console.log(`Barrier authorization matrix: ${Object.keys(expected).length} relations × (raise + ${transitions.length} transitions × ${levels.length} levels) = ${cells} cells, ${mismatches.length} mismatches`);
    expect(mismatches).toEqual([]);
  }, 600_000);
});
