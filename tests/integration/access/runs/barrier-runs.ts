// Runs of the barrier server actions, in the barrier tests' own small partnership
// (tests/integration/barriers/barrier-world.ts: one person for every relation a user can have to
// a barrier), made once per world. Each is called by someone the barrier policy allows and
// refused for someone it does not, the refusal audited DENIED against the barrier (or the record
// the call would have made) by lib/access/authorize-barrier.ts.
import { expect } from "vitest";
import { formatCaseReference } from "@/lib/domain/case-reference";
import { ActionStatus, BarrierCategory } from "@/lib/generated/prisma/enums";
import { db } from "@/tests/support/owner-db";
import type { FieldRule } from "../../../support/invalid-input";
import { barrierWorld, type BarrierWorld } from "../../barriers/barrier-world";
import { anyUuid, values } from "./case-runs";
import { run, type RunTable } from "./types";
import { dateParts, type ActionWorld } from "./world";

const worlds = new WeakMap<ActionWorld, Promise<BarrierWorld>>();
/** The barrier partnership of this world (made on first use). */
function barriersOf(w: ActionWorld): Promise<BarrierWorld> {
  let made = worlds.get(w);
  if (!made) {
    made = barrierWorld();
    worlds.set(w, made);
  }
  return made;
}

/** The policy's refusal as the form shows it, audited DENIED. */
const refusedAs = (action: string, recordId: unknown) => ({
  ends: { returns: { ok: false, formError: expect.stringMatching(/^You cannot do this: .+\.$/) } },
  audit: [{ action, outcome: "DENIED" as const, recordId }],
});

const described = { title: "Repairs portal closed to partners", description: "Partners cannot log repairs.", effect: "Repairs are chased three times over.", category: "SYSTEM" };
// Three selects post the organisations; the two left at "None" post "".
const organisations = (id: string) => [id, "", ""];

const describedRules: Record<string, FieldRule> = {
  title: { kind: "text", max: 150 },
  description: { kind: "text", max: 3000 },
  effect: { kind: "text", max: 3000 },
  category: { kind: "choice", values: values(BarrierCategory) },
  organisationIds: { kind: "ids", min: 1, max: 3, emptyMeansNone: true },
};

type Prepared = { b: BarrierWorld; barrierId: string; actionId: string; requestId: string };
const withBarrier =
  (status?: "RAISED" | "ACCEPTED" | "IN_ACTION") =>
  async (w: ActionWorld): Promise<Prepared> => {
    const b = await barriersOf(w);
    const barrier = await b.freshBarrier(status ? { status } : {});
    return { b, barrierId: barrier.id, actionId: barrier.actionId, requestId: w.id() };
  };

const done = (barrierId: string, saved: string) => ({ redirect: `/barriers/${barrierId}?saved=${saved}` });

const barrierActions = {
  raiseBarrierAction: run({
    prepare: async (w) => ({ b: await barriersOf(w), requestId: w.id() }),
    call: (_w, { b, requestId }) => ({
      actor: b.people.raiser,
      bound: [],
      form: { ...described, organisationIds: organisations(b.council.id), place: `neighbourhood:${b.neighbourhood.id}`, caseReferences: "", clientRequestId: requestId },
    }),
    expected: async (_w, c) => {
      const barrier = await db.barrier.findUniqueOrThrow({ where: { clientRequestId: c.requestId } });
      return { ends: done(barrier.id, "raised"), audit: [{ action: "barrier.raise", outcome: "ALLOWED", recordId: barrier.id }] };
    },
    refused: {
      // Board members tackle barriers escalated to them; they do not raise them.
      as: (_w, c) => c.b.people.boardMember,
      expected: () => ({
        ends: { returns: { ok: false, formError: "You cannot raise barriers: only frontline workers and locality leads raise them." } },
        audit: [{ action: "barrier.raise", outcome: "DENIED", recordId: anyUuid }],
      }),
    },
    fuzz: {
      form: {
        ...describedRules,
        place: { kind: "place" },
        caseReferences: { kind: "caseReferences", max: 10, required: false },
        clientRequestId: { kind: "id" },
      },
    },
  }),

  editBarrierAction: run({
    prepare: withBarrier("ACCEPTED"),
    call: (_w, { b, barrierId }) => ({
      actor: b.people.localityLead,
      bound: [barrierId],
      form: { ...described, title: "Repairs portal still closed", organisationIds: organisations(b.council.id), reviewBy: dateParts(20), version: "1" },
    }),
    expected: (_w, c) => ({ ends: done(c.barrierId, "edited"), audit: [{ action: "barrier.edit", outcome: "ALLOWED", recordId: c.barrierId }] }),
    refused: { as: (_w, c) => c.b.people.otherWorker, expected: (_w, c) => refusedAs("barrier.edit", c.barrierId) },
    fuzz: { bound: [{ kind: "id" }], form: { ...describedRules, reviewBy: { kind: "date", rule: "any" }, version: { kind: "version" } } },
  }),

  acceptBarrierAction: run({
    prepare: withBarrier(),
    call: (_w, { b, barrierId }) => ({ actor: b.people.teamLeadOfTeam, bound: [barrierId], form: { reviewBy: dateParts(20), note: "", version: "1" } }),
    expected: (_w, c) => ({ ends: done(c.barrierId, "accepted"), audit: [{ action: "barrier.accept", outcome: "ALLOWED", recordId: c.barrierId }] }),
    refused: { as: (_w, c) => c.b.people.otherWorker, expected: (_w, c) => refusedAs("barrier.accept", c.barrierId) },
    fuzz: { bound: [{ kind: "id" }], form: { reviewBy: { kind: "date", rule: "futureOrToday" }, note: { kind: "optionalText", max: 2000 }, version: { kind: "version" } } },
  }),

  addBarrierActionAction: run({
    prepare: withBarrier("ACCEPTED"),
    call: (_w, { b, barrierId, requestId }) => ({
      actor: b.people.localityLead,
      bound: [barrierId],
      form: { description: "Ask for read-only accounts", ownerOrganisationId: b.council.id, ownerUserId: "", dueOn: dateParts(5), clientRequestId: requestId },
    }),
    expected: async (_w, c) => {
      const action = await db.barrierAction.findUniqueOrThrow({ where: { clientRequestId: c.requestId } });
      return { ends: done(c.barrierId, "action"), audit: [{ action: "barrier.addAction", outcome: "ALLOWED", recordId: action.id }] };
    },
    refused: { as: (_w, c) => c.b.people.otherWorker, expected: () => refusedAs("barrier.addAction", anyUuid) },
    fuzz: {
      bound: [{ kind: "id" }],
      form: {
        description: { kind: "text", max: 1000 },
        ownerOrganisationId: { kind: "id" },
        ownerUserId: { kind: "optionalId" },
        dueOn: { kind: "date", rule: "futureOrToday" },
        clientRequestId: { kind: "id" },
      },
    },
  }),

  updateBarrierActionAction: run({
    prepare: withBarrier("IN_ACTION"),
    // The action's owner may move it on, though not responsible for the barrier.
    call: (_w, { b, barrierId, actionId }) => ({ actor: b.people.actionOwner, bound: [barrierId], form: { actionId, status: "IN_PROGRESS" } }),
    expected: (_w, c) => ({ ends: done(c.barrierId, "action-status"), audit: [{ action: "barrier.updateAction", outcome: "ALLOWED", recordId: c.actionId }] }),
    refused: { as: (_w, c) => c.b.people.otherWorker, expected: (_w, c) => refusedAs("barrier.updateAction", c.actionId) },
    fuzz: { bound: [{ kind: "id" }], form: { actionId: { kind: "id" }, status: { kind: "choice", values: values(ActionStatus) } } },
  }),

  commentOnBarrierAction: run({
    prepare: withBarrier(),
    call: (_w, { b, barrierId, requestId }) => ({ actor: b.people.otherWorker, bound: [barrierId], form: { body: "We meet the same problem.", clientRequestId: requestId } }),
    expected: async (_w, c) => {
      const comment = await db.barrierComment.findUniqueOrThrow({ where: { clientRequestId: c.requestId } });
      return { ends: done(c.barrierId, "comment"), audit: [{ action: "barrier.comment", outcome: "ALLOWED", recordId: comment.id }] };
    },
    // A partnership admin runs the system; they take no part in tackling barriers.
    refused: { as: (_w, c) => c.b.people.admin, expected: () => refusedAs("barrier.comment", anyUuid) },
    fuzz: { bound: [{ kind: "id" }], form: { body: { kind: "text", max: 2000 }, clientRequestId: { kind: "id" } } },
  }),

  escalateBarrierAction: run({
    prepare: withBarrier("ACCEPTED"),
    call: (_w, { b, barrierId }) => ({ actor: b.people.neighbourhoodLead, bound: [barrierId], form: { reason: "It needs a locality decision.", version: "1" } }),
    expected: (_w, c) => ({ ends: done(c.barrierId, "escalated"), audit: [{ action: "barrier.escalate", outcome: "ALLOWED", recordId: c.barrierId }] }),
    refused: { as: (_w, c) => c.b.people.otherWorker, expected: (_w, c) => refusedAs("barrier.escalate", c.barrierId) },
    fuzz: { bound: [{ kind: "id" }], form: { reason: { kind: "text", max: 2000 }, version: { kind: "version" } } },
  }),

  closeBarrierAction: run({
    prepare: withBarrier("ACCEPTED"),
    call: (_w, { b, barrierId }) => ({ actor: b.people.localityLead, bound: [barrierId], form: { outcome: "RESOLVED", resolution: "Partners now have read-only accounts.", version: "1" } }),
    expected: (_w, c) => ({ ends: done(c.barrierId, "closed"), audit: [{ action: "barrier.resolve", outcome: "ALLOWED", recordId: c.barrierId }] }),
    refused: { as: (_w, c) => c.b.people.otherWorker, expected: (_w, c) => refusedAs("barrier.resolve", c.barrierId) },
    fuzz: {
      bound: [{ kind: "id" }],
      form: {
        outcome: { kind: "choice", values: ["RESOLVED", "CLOSED_UNRESOLVED"] },
        // Required: either outcome needs what was agreed, or why it cannot be resolved.
        resolution: { kind: "text", max: 2000 },
        version: { kind: "version" },
      },
    },
  }),

  linkCasesToBarrierAction: run({
    prepare: async (w) => {
      const prepared = await withBarrier()(w);
      const own = await prepared.b.caseOf(prepared.b.people.raiser);
      return { ...prepared, caseId: own.id, reference: formatCaseReference(own.number) };
    },
    call: (_w, { b, barrierId, reference }) => ({ actor: b.people.raiser, bound: [barrierId], form: { caseReferences: reference } }),
    expected: (_w, c) => ({
      ends: done(c.barrierId, "linked"),
      // The barrier's row, then the case read that each linked case goes through.
      audit: [
        { action: "barrier.linkCase", outcome: "ALLOWED", recordId: c.barrierId },
        { action: "case.view", outcome: "ALLOWED", recordId: c.barrierId, caseId: c.caseId },
      ],
    }),
    // Only frontline workers and locality leads add cases where a barrier bit.
    refused: { as: (_w, c) => c.b.people.boardMember, expected: (_w, c) => refusedAs("barrier.linkCase", c.barrierId) },
    fuzz: { bound: [{ kind: "id" }], form: { caseReferences: { kind: "caseReferences", max: 10, required: true } } },
  }),

  markBarrierNotificationsReadAction: run({
    prepare: async (w) => {
      const prepared = await withBarrier()(w);
      await db.notification.create({ data: { kind: "BARRIER_COMMENTED", userId: prepared.b.people.raiser.userId, barrierId: prepared.barrierId } });
      return prepared;
    },
    // A plain <form action> with nothing in it (my-barriers-list.tsx): React passes only the FormData.
    call: (_w, { b }) => ({ actor: b.people.raiser, bound: [], form: {}, stateless: true }),
    expected: (_w, c) => ({ ends: { returns: undefined }, audit: [{ action: "barrier.notificationsRead", outcome: "ALLOWED", recordId: c.b.people.raiser.userId }] }),
    refused: { none: "everyone signed in marks only their own notifications read: there is no one to turn away" },
    fuzz: { none: "it takes no input: nothing is bound and no form is posted" },
  }),
};

export const barrierRuns: RunTable = {
  "lib/barriers/actions.ts": barrierActions,
};
