// Every server action leaves the audit row it must: each exported function of every "use server"
// module under lib/ (found on disk, not listed here) is called as the browser calls it — the
// exported action itself, with the arguments its page binds and a real FormData, signed in as a
// stated actor — and the trail must then hold exactly the rows the table below names (action,
// outcome, record), written during the call by that actor. A caller the access rule turns away
// is refused on the same records first, and that refusal must be audited as DENIED (or, where
// the answer is deliberately a bare 404, write nothing at all). A new action without an entry
// in the table fails here, by name.
//
// Only what has no meaning outside a Next.js request is replaced (tests/support/next-stand-ins.ts):
// redirect/notFound, revalidatePath, and the Auth.js session — requireActor, its permission
// check and the credentials check run for real.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/navigation", () => import("../../support/next-stand-ins").then((s) => s.navigation));
vi.mock("next/cache", () => import("../../support/next-stand-ins").then((s) => s.cache));
vi.mock("next/headers", () => import("../../support/next-stand-ins").then((s) => s.headersModule));
vi.mock("next-auth", async (importOriginal) => {
  const actual = await importOriginal<typeof import("next-auth")>();
  const { authStandIn } = await import("../../support/next-stand-ins");
  return { ...actual, default: authStandIn(actual) };
});

import { currentActor } from "@/lib/auth/actor";
import { observeWrites, type WriteLog } from "../../support/observed-database";
import { findServerActionModules, importServerActions } from "../../support/server-actions";
import { actionWorld, runs, type ActionWorld, type AnyRun } from "./runs";
import { auditRowsSince, endingOf, perform, signInAs } from "./runs/perform";

const found = await findServerActionModules();
const exported = await Promise.all(found.modules.map(async (module) => ({ module, actions: await importServerActions(module) })));
const everyAction = exported.flatMap(({ module, actions }) => Object.keys(actions).map((name) => [module, name] as const));

let w: ActionWorld;
let writes: WriteLog;
beforeAll(async () => {
  writes = await observeWrites();
  w = await actionWorld();
});

function runOf(module: string, name: string): AnyRun {
  const entry = runs[module]?.[name];
  if (!entry) throw new Error(`${module} exports the server action ${name}, which has no entry in tests/integration/access/runs`);
  return entry;
}

describe("the table of runs covers every server action", () => {
  it("finds the \"use server\" modules on disk, and no \"use server\" directive anywhere else in lib/", () => {
    expect(found.elsewhere).toEqual([]);
    expect(found.modules).toEqual(Object.keys(runs).sort());
  });

  it("has an entry for each exported server action, and none for an action that no longer exists", () => {
    const missing = everyAction.filter(([module, name]) => !runs[module]?.[name]).map(([module, name]) => `${module} ${name}`);
    const stale = Object.entries(runs).flatMap(([module, entries]) =>
      Object.keys(entries).filter((name) => !exported.some((e) => e.module === module && name in e.actions)).map((name) => `${module} ${name}`),
    );
    expect({ missing, stale }).toEqual({ missing: [], stale: [] });
    console.log(`Server actions: ${found.modules.length} modules, ${everyAction.length} actions, ${everyAction.filter(([m, n]) => !("none" in runOf(m, n).refused)).length} with a refused call`);
  });

  it("signs the browser in as exactly the actor the runs state (what requireActor builds is what actorFor builds)", async () => {
    for (const actor of [w.lead, w.partner, w.outsider, w.admin]) {
      const signedIn = await signInAs(actor);
      expect(await currentActor()).toEqual({ ...actor, sessionId: signedIn?.sessionId });
    }
    await signInAs(null);
    expect(await currentActor()).toBeNull();
  });
});

describe.each(everyAction)("%s", (module, name) => {
  it(`${name}: a refused caller is audited as denied (or answered 404 with nothing written), then the allowed call audits its record`, async () => {
    const entry = runOf(module, name);
    const action = exported.find((e) => e.module === module)!.actions[name];
    const c = await entry.prepare(w);
    const allowedCall = entry.call(w, c);

    if (!("none" in entry.refused)) {
      const refusal = entry.refused;
      const call = refusal.call?.(w, c) ?? { ...allowedCall, actor: refusal.as(w, c) };
      const expected = await refusal.expected(w, c);
      const by = expected.by ?? call.actor?.userId;
      if (!by) throw new Error(`${name}: say whose audit rows the refusal writes`);
      const { outcome, mark, tablesWritten } = await perform(action, call, writes);
      expect(endingOf(outcome), "how the refusal ends").toMatchObject(expected.ends);
      expect(await auditRowsSince(mark, by), "the refusal's audit rows").toMatchObject(expected.audit);
      const mayWrite = new Set(["AuditEvent", ...(refusal.mayAlsoWrite ?? [])]);
      expect(tablesWritten.filter((table) => !mayWrite.has(table)), "tables the refusal wrote").toEqual([]);
      expect(tablesWritten.filter((table) => table === "AuditEvent").length, "audit rows the refusal wrote, by anyone").toBe(expected.audit.length);
    }

    const { outcome, mark, tablesWritten } = await perform(action, allowedCall, writes);
    const expected = await entry.expected(w, c);
    const by = expected.by ?? allowedCall.actor?.userId;
    if (!by) throw new Error(`${name}: say whose audit rows the call writes`);
    expect(endingOf(outcome), "how the call ends").toMatchObject(expected.ends);
    expect(await auditRowsSince(mark, by), "the call's audit rows").toMatchObject(expected.audit);
    // The write log saw the audit rows: a refusal's "nothing written" above is not a blind spot.
    expect(tablesWritten.filter((table) => table === "AuditEvent").length).toBe(expected.audit.length);
  });
});
