// Every transaction of the app takes the least-privilege database role and says whose it is,
// so row-level security (migration least_privilege_and_row_security) can stand behind the
// access policy: case content is visible only for an actor whose organisation may see the case,
// or in a named "system" step. A query outside these returns no case content at all.
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import { db } from "@/lib/db";
import type { Tx } from "./create-client";

export const appRole = "golden_thread_app";

type Context = { kind: "actor"; organisationId: string; userId: string } | { kind: "system" };

// Generous limits: on a busy machine, or on the embedded database where transactions queue
// one behind another, a read may wait; it must not fail for that.
const transactionOptions = { maxWait: 20_000, timeout: 60_000 };

type TransactionOptions = { maxWait?: number; timeout?: number };

async function enter(tx: Tx, context: Context): Promise<void> {
  const organisationId = context.kind === "actor" ? context.organisationId : "";
  const userId = context.kind === "actor" ? context.userId : "";
  await tx.$executeRaw`SELECT set_config('role', ${appRole}, true), set_config('gt.context', ${context.kind}, true), set_config('gt.organisation_id', ${organisationId}, true), set_config('gt.user_id', ${userId}, true)`;
}

const actorContext = (actor: AccessActor): Context => ({ kind: "actor", organisationId: actor.organisation.id, userId: actor.userId });

/** Work as the actor: one transaction, in which only what their organisation may see is visible. */
export async function asActor<T>(actor: AccessActor, work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  return db.$transaction(async (tx) => {
    await enter(tx, actorContext(actor));
    return work(tx);
  }, { ...transactionOptions, ...options });
}

/**
 * Work that must see across organisations — deciding access, an admin's counts. Unsafe by
 * name: what it reads must leave only as a decision or an aggregate, never as case content.
 */
export async function unsafeAsSystem<T>(work: (tx: Tx) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  return db.$transaction(async (tx) => {
    await enter(tx, { kind: "system" });
    return work(tx);
  }, { ...transactionOptions, ...options });
}

/** Inside an actor's transaction, one step that must see across organisations, then back to the actor. */
export async function unsafeSystemStep<T>(tx: Tx, actor: AccessActor, work: () => Promise<T>): Promise<T> {
  await enter(tx, { kind: "system" });
  try {
    return await work();
  } finally {
    await enter(tx, actorContext(actor));
  }
}
