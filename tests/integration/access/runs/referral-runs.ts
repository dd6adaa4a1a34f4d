// Runs of the referral and "My work" server actions: a referral is answered by its receiver and
// withdrawn by its sender, refused (DENIED) for an uninvolved organisation; notifications are
// marked read by their owner only.
import { db } from "@/tests/support/owner-db";
import { DeclineReason, ReferralUrgency } from "@/lib/generated/prisma/enums";
import { actorFor } from "../../../support/case-factories";
import { createUser } from "../../../support/factories";
import { deniedOnCase, themeIds, values, withCase } from "./case-runs";
import { run, type RunTable } from "./types";
import type { ActionWorld } from "./world";

async function withReferral(w: ActionWorld) {
  const c = await withCase(w);
  const referral = await db.referral.create({
    data: {
      caseId: c.caseId,
      fromOrganisationId: w.leadOrg.id,
      sentById: w.lead.userId,
      toOrganisationId: w.thirdOrg.id,
      reason: "Needs a tenancy support worker",
      urgency: "SOON",
      themes: { create: w.themeIds.map((themeId) => ({ themeId })) },
    },
  });
  return { ...c, referralId: referral.id };
}

const referralActions = {
  sendReferralAction: run({
    prepare: withCase,
    call: (w, c) => ({
      actor: w.lead,
      bound: [c.caseId],
      form: { toOrganisationId: w.thirdOrg.id, toTeamId: "", reason: "Needs a tenancy support worker", themeIds: w.themeIds, urgency: "ROUTINE", clientRequestId: c.requestId },
    }),
    expected: async (_w, c) => {
      const referral = await db.referral.findUniqueOrThrow({ where: { clientRequestId: c.requestId } });
      return { ends: { redirect: `/cases/${c.caseId}?saved=referral` }, audit: [{ action: "case.refer", outcome: "ALLOWED", recordId: referral.id, caseId: c.caseId }] };
    },
    refused: { as: (w) => w.outsider, expected: (_w, c) => deniedOnCase("case.refer", c.caseId) },
    fuzz: {
      bound: [{ kind: "id" }],
      form: {
        toOrganisationId: { kind: "id" },
        toTeamId: { kind: "optionalId" },
        reason: { kind: "text", max: 2000 },
        themeIds,
        urgency: { kind: "choice", values: values(ReferralUrgency) },
        clientRequestId: { kind: "id" },
      },
    },
  }),

  acceptReferralAction: run({
    prepare: withReferral,
    call: (w, c) => ({ actor: w.third, bound: [c.referralId] }),
    expected: (_w, c) => ({
      ends: { redirect: `/cases/${c.caseId}?saved=accepted` },
      audit: [{ action: "case.acceptReferral", outcome: "ALLOWED", recordId: c.referralId, caseId: c.caseId }],
    }),
    refused: {
      as: (w) => w.outsider,
      expected: (_w, c) => deniedOnCase("case.acceptReferral", c.caseId, c.referralId),
    },
    fuzz: { bound: [{ kind: "id" }] },
  }),

  declineReferralAction: run({
    prepare: withReferral,
    call: (w, c) => ({ actor: w.third, bound: [c.referralId], form: { declineReason: "NO_CAPACITY", responseComment: "No tenancy support worker free this month." } }),
    expected: (_w, c) => ({
      ends: { redirect: "/work?saved=declined" },
      audit: [{ action: "case.declineReferral", outcome: "ALLOWED", recordId: c.referralId, caseId: c.caseId }],
    }),
    refused: {
      as: (w) => w.outsider,
      expected: (_w, c) => deniedOnCase("case.declineReferral", c.caseId, c.referralId),
    },
    fuzz: { bound: [{ kind: "id" }], form: { declineReason: { kind: "choice", values: values(DeclineReason) }, responseComment: { kind: "text", max: 2000 } } },
  }),

  withdrawReferralAction: run({
    prepare: withReferral,
    call: (w, c) => ({ actor: w.lead, bound: [c.referralId] }),
    expected: (_w, c) => ({
      ends: { redirect: `/cases/${c.caseId}?saved=withdrawn` },
      audit: [{ action: "case.withdrawReferral", outcome: "ALLOWED", recordId: c.referralId, caseId: c.caseId }],
    }),
    refused: {
      as: (w) => w.outsider,
      expected: (_w, c) => deniedOnCase("case.withdrawReferral", c.caseId, c.referralId),
    },
    fuzz: { bound: [{ kind: "id" }] },
  }),
};

/** A worker of the lead organisation with unread notifications of their own. */
async function workerWithNotifications(w: ActionWorld) {
  const c = await withCase(w);
  const user = await createUser({ organisationId: w.leadOrg.id });
  const notifications = await Promise.all(
    (["REFERRAL_ACCEPTED", "TRANSFER_ANSWERED"] as const).map((kind) => db.notification.create({ data: { kind, userId: user.id, caseId: c.caseId } })),
  );
  return { caseId: c.caseId, worker: await actorFor(user.id), notificationId: notifications[0].id };
}

const myWorkActions = {
  markNotificationReadAction: run({
    prepare: workerWithNotifications,
    call: (_w, c) => ({ actor: c.worker, bound: [c.notificationId] }),
    expected: (_w, c) => ({ ends: { returns: { ok: true } }, audit: [{ action: "notification.read", outcome: "ALLOWED", recordId: c.notificationId }] }),
    refused: {
      // Someone else's notification: nothing is marked, and the attempt is audited as denied.
      as: (w) => w.lead,
      expected: (_w, c) => ({ ends: { returns: { ok: true } }, audit: [{ action: "notification.read", outcome: "DENIED", recordId: c.notificationId }] }),
    },
    fuzz: { bound: [{ kind: "id" }] },
  }),

  markAllNotificationsReadAction: run({
    prepare: workerWithNotifications,
    call: (_w, c) => ({ actor: c.worker, bound: [] }),
    expected: () => ({ ends: { returns: { ok: true } }, audit: [{ action: "notification.read", outcome: "ALLOWED", recordId: null }] }),
    refused: {
      // Only frontline workers have notifications: anyone else gets the 404 of requireActor, which
      // is deliberately not audited (it is the same answer as a page that does not exist).
      as: (w) => w.admin,
      expected: () => ({ ends: { notFound: true }, audit: [] }),
    },
    fuzz: { none: "it takes no input: it marks all of the caller's own notifications read" },
  }),
};

export const referralAndMyWorkRuns: RunTable = {
  "lib/referrals/actions.ts": referralActions,
  "lib/cases/my-work/actions.ts": myWorkActions,
};
