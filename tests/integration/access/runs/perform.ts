// Performing one call of the table: sign the "browser" in as the call's actor, call the exported
// action with the bound arguments and a real FormData, and report how it ended, which audit
// rows the given user wrote meanwhile, and which tables were written.
import type { Actor } from "@/lib/auth/actor";
import { deliveriesSettled } from "@/lib/mail/deliver-outbox";
import { db } from "@/tests/support/owner-db";
import { setSessionUser } from "../../../support/next-stand-ins";
import { createSession } from "../../../support/sessions";
import type { WriteLog } from "../../../support/observed-database";
import { callAction, formDataFrom, type Outcome, type ServerAction } from "../../../support/server-actions";
import type { Call, Expected } from "./types";

/**
 * A new server-side session of the actor as the browser's cookie (past its second step unless
 * told, re-authenticated if told); the actor as requireActor will then see them, with its id.
 */
export async function signInAs(actor: Actor | null, session?: Call["session"]): Promise<Actor | null> {
  if (!actor) {
    setSessionUser(null);
    return null;
  }
  const { sessionId } = await createSession(actor.userId, { secondStep: session !== "second-step", reauthenticated: session === "reauthenticated" });
  setSessionUser({ userId: actor.userId, sessionId });
  return { ...actor, sessionId };
}

export async function lastAuditId(): Promise<bigint> {
  return (await db.auditEvent.aggregate({ _max: { id: true } }))._max.id ?? 0n;
}

/** Audit rows by `userId` after the row `mark` (ids come from one sequence, so later rows have larger ids). */
export async function auditRowsSince(mark: bigint, userId: string) {
  return db.auditEvent.findMany({
    where: { id: { gt: mark }, actorUserId: userId },
    orderBy: { id: "asc" },
    select: { action: true, outcome: true, recordId: true, caseId: true },
  });
}

/** The outcome in the table's terms; a throw other than redirect or notFound is the test's failure. */
export function endingOf(outcome: Outcome): Expected["ends"] {
  switch (outcome.kind) {
    case "redirect":
      return { redirect: outcome.url };
    case "notFound":
      return { notFound: true };
    case "returned":
      return { returns: outcome.value };
    case "threw":
      throw outcome.error;
  }
}

export async function perform(action: ServerAction, call: Call, writes: WriteLog) {
  await signInAs(call.actor, call.session);
  // Mail an earlier call queued is sent in the background: let it finish outside this call's log.
  await deliveriesSettled();
  const mark = await lastAuditId();
  writes.reset();
  const outcome = await callAction(action, call.bound, call.form && formDataFrom(call.form), { stateless: call.stateless });
  const tablesWritten = writes.tables();
  await deliveriesSettled();
  return { outcome, mark, tablesWritten };
}
