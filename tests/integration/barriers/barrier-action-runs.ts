// How each barrier server action is called with valid input, and the audit action it must write,
// for tests/integration/access/every-action-audited.test.ts.
import type { Actor } from "@/lib/auth/actor";
import { acceptBarrier } from "@/lib/barriers/accept-barrier";
import { addBarrierAction } from "@/lib/barriers/add-barrier-action";
import { closeBarrier } from "@/lib/barriers/close-barrier";
import { commentOnBarrier } from "@/lib/barriers/comment-on-barrier";
import { editBarrier } from "@/lib/barriers/edit-barrier";
import { escalateBarrier } from "@/lib/barriers/escalate-barrier";
import { linkCasesToBarrier } from "@/lib/barriers/link-cases-to-barrier";
import { markBarrierNotificationsRead } from "@/lib/barriers/mark-barrier-notifications-read";
import { raiseBarrier } from "@/lib/barriers/raise-barrier";
import { updateBarrierAction } from "@/lib/barriers/update-barrier-action";
import { formatCaseReference } from "@/lib/domain/case-reference";
import { daysFromToday } from "../../support/case-factories";
import { formDataOf } from "../../support/form-data";
import { barrierWorld, type BarrierWorld } from "./barrier-world";

let world: Promise<BarrierWorld> | undefined;
const w = () => (world ??= barrierWorld());

type Run = { audit: string; run: () => Promise<{ actor: Actor; ok: boolean }> };

const described = { title: "Audit check", description: "A rule.", effect: "Delays.", category: "RULE" };

export const barrierRuns: Record<string, Run> = {
  raiseBarrierAction: {
    audit: "barrier.raise",
    run: async () => {
      const { people, council, neighbourhood, requestId } = await w();
      const form = formDataOf({ ...described, organisationIds: [council.id], place: `neighbourhood:${neighbourhood.id}`, caseReferences: "", clientRequestId: requestId() });
      return { actor: people.raiser, ok: (await raiseBarrier(people.raiser, form)).ok };
    },
  },
  editBarrierAction: {
    audit: "barrier.edit",
    run: async () => {
      const { people, council, freshBarrier } = await w();
      const b = await freshBarrier({ status: "ACCEPTED" });
      return { actor: people.localityLead, ok: (await editBarrier(people.localityLead, b.id, formDataOf({ ...described, organisationIds: [council.id], reviewBy: daysFromToday(20), version: "1" }))).ok };
    },
  },
  acceptBarrierAction: {
    audit: "barrier.accept",
    run: async () => {
      const { people, freshBarrier } = await w();
      const b = await freshBarrier();
      return { actor: people.teamLeadOfTeam, ok: (await acceptBarrier(people.teamLeadOfTeam, b.id, formDataOf({ reviewBy: daysFromToday(20), note: "", version: "1" }))).ok };
    },
  },
  addBarrierActionAction: {
    audit: "barrier.addAction",
    run: async () => {
      const { people, council, freshBarrier, requestId } = await w();
      const b = await freshBarrier({ status: "ACCEPTED" });
      const form = formDataOf({ description: "Write to them", ownerOrganisationId: council.id, ownerUserId: "", dueOn: daysFromToday(5), clientRequestId: requestId() });
      return { actor: people.localityLead, ok: (await addBarrierAction(people.localityLead, b.id, form)).ok };
    },
  },
  updateBarrierActionAction: {
    audit: "barrier.updateAction",
    run: async () => {
      const { people, freshBarrier } = await w();
      const b = await freshBarrier({ status: "IN_ACTION" });
      return { actor: people.actionOwner, ok: (await updateBarrierAction(people.actionOwner, b.id, formDataOf({ actionId: b.actionId, status: "IN_PROGRESS" }))).ok };
    },
  },
  commentOnBarrierAction: {
    audit: "barrier.comment",
    run: async () => {
      const { people, freshBarrier, requestId } = await w();
      const b = await freshBarrier();
      return { actor: people.otherWorker, ok: (await commentOnBarrier(people.otherWorker, b.id, formDataOf({ body: "Same here", clientRequestId: requestId() }))).ok };
    },
  },
  escalateBarrierAction: {
    audit: "barrier.escalate",
    run: async () => {
      const { people, freshBarrier } = await w();
      const b = await freshBarrier({ status: "ACCEPTED" });
      return { actor: people.neighbourhoodLead, ok: (await escalateBarrier(people.neighbourhoodLead, b.id, formDataOf({ reason: "Locality decision", version: "1" }))).ok };
    },
  },
  closeBarrierAction: {
    audit: "barrier.resolve",
    run: async () => {
      const { people, freshBarrier } = await w();
      const b = await freshBarrier({ status: "ACCEPTED" });
      return { actor: people.localityLead, ok: (await closeBarrier(people.localityLead, b.id, formDataOf({ outcome: "RESOLVED", resolution: "Agreed", version: "1" }))).ok };
    },
  },
  linkCasesToBarrierAction: {
    audit: "barrier.linkCase",
    run: async () => {
      const { people, freshBarrier, caseOf } = await w();
      const b = await freshBarrier();
      const own = await caseOf(people.raiser);
      return { actor: people.raiser, ok: (await linkCasesToBarrier(people.raiser, b.id, formDataOf({ caseReferences: formatCaseReference(own.number) }))).ok };
    },
  },
  markBarrierNotificationsReadAction: {
    audit: "barrier.notificationsRead",
    run: async () => {
      const { people } = await w();
      return { actor: people.raiser, ok: (await markBarrierNotificationsRead(people.raiser)).ok };
    },
  },
};
