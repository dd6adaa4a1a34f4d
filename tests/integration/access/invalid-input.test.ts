// Bad input never crashes an action and never writes: every server action in the table of runs
// (tests/integration/access/runs) gets 1,000 generated inputs that are invalid by construction
// — its valid call with one to three fields or bound arguments broken (missing, blank, the
// wrong type, control characters, far too long, malformed, out of range), plus repeated and
// unexpected fields — signed in as a caller allowed to use it. Each must come back as a
// validation failure (messages at fields or for the form), with no data-changing statement sent
// to the database; the database, holding only this file's world, must be unchanged after all
// of them. Then the valid call must still succeed and write: the fuzz started from a valid input,
// and the write log would have seen a write.
import fc from "fast-check";
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/navigation", () => import("../../support/next-stand-ins").then((s) => s.navigation));
vi.mock("next/cache", () => import("../../support/next-stand-ins").then((s) => s.cache));
vi.mock("next/headers", () => import("../../support/next-stand-ins").then((s) => s.headersModule));
vi.mock("next-auth", async (importOriginal) => {
  const actual = await importOriginal<typeof import("next-auth")>();
  const { authStandIn } = await import("../../support/next-stand-ins");
  return { ...actual, default: authStandIn(actual) };
});
// requireActor reads the user on every request; here the signed-in actor (as actorFor builds it)
// is given directly, so 40,000 calls make no database round trip before validation. The answers
// are requireActor's own; every-action-audited.test.ts runs the real one.
vi.mock("@/lib/auth/actor", async (importOriginal) => {
  const { actorStandIn } = await import("../../support/next-stand-ins");
  return actorStandIn(await importOriginal<typeof import("@/lib/auth/actor")>());
});

import { deliveriesSettled } from "@/lib/mail/deliver-outbox";
import { invalidInputs } from "../../support/invalid-input";
import { setSignedInActor } from "../../support/next-stand-ins";
import { databaseFingerprint, observeWrites, type WriteLog } from "../../support/observed-database";
import { callAction, findServerActionModules, formDataFrom, importServerActions, isFormFailure, type FormFields } from "../../support/server-actions";
import { useIsolatedDatabase } from "../dashboards/isolated-database";
import { actionWorld, runs, type ActionWorld } from "./runs";
import { endingOf, signInAs } from "./runs/perform";

// FUZZ_RUNS only to try a change quickly; the suite runs 1,000.
const numRuns = Number(process.env.FUZZ_RUNS ?? 1000);

const found = await findServerActionModules();
const exported = await Promise.all(found.modules.map(async (module) => ({ module, actions: await importServerActions(module) })));
const everyAction = exported.flatMap(({ module, actions }) => Object.keys(actions).map((name) => ({ module, name, action: actions[name], entry: runs[module]?.[name] })));
const fuzzed = everyAction.filter((a) => a.entry && !("none" in a.entry.fuzz));

// Its own database: "nothing written" is then every table unchanged, whatever other files do.
useIsolatedDatabase("invalid_input");
let w: ActionWorld;
let writes: WriteLog;
beforeAll(async () => {
  writes = await observeWrites();
  w = await actionWorld();
});

function described(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message.split("\n").slice(-3).join(" ")}` : String(error);
}

describe("invalid input to a server action", () => {
  it("is generated for every action in the table, except those that take no input (each with its reason)", () => {
    const missing = everyAction.filter((a) => !a.entry).map((a) => `${a.module} ${a.name}`);
    expect(missing).toEqual([]);
    const exempt = everyAction.flatMap((a) => (a.entry && "none" in a.entry.fuzz ? [`${a.name}: ${a.entry.fuzz.none}`] : []));
    expect(exempt.every((reason) => reason.length > 20)).toBe(true);
    console.log(`Fuzzed ${fuzzed.length} of ${everyAction.length} server actions with ${numRuns} invalid inputs each; no input to fuzz: ${exempt.join("; ")}`);
  });

  describe.each(fuzzed)("$module", ({ name, action, entry }) => {
    it(`${name}: ${numRuns} invalid inputs each answered with a validation failure, nothing written`, async () => {
      if (!entry || "none" in entry.fuzz) throw new Error("not fuzzed");
      const fuzz = entry.fuzz;
      const c = await entry.prepare(w);
      const valid = entry.call(w, c);
      const refused = fuzz.refusal ?? isFormFailure;
      // The session row is made first, so that the fingerprint below already holds it.
      setSignedInActor(await signInAs(valid.actor, valid.session));
      // Mail queued by an earlier action's valid call is sent in the background: not this action's doing.
      await deliveriesSettled();
      const before = await databaseFingerprint();

      await fc.assert(
        fc.asyncProperty(invalidInputs(fuzz, { bound: valid.bound, form: valid.form }), async (input) => {
          writes.reset();
          const outcome = await callAction(action, input.bound, input.form && formDataFrom(input.form, input.more), { stateless: valid.stateless });
          const what = input.broken.join("; ");
          if (outcome.kind === "threw") throw new Error(`threw ${described(outcome.error)} (${what})`);
          expect(outcome.kind, `ended with ${outcome.kind} (${what})`).toBe("returned");
          expect(refused(outcome.kind === "returned" ? outcome.value : null), `not refused as invalid (${what})`).toBe(true);
          expect(writes.statements, `wrote (${what})`).toEqual([]);
        }),
        { numRuns },
      );
      expect(await databaseFingerprint(), "tables changed by invalid input").toEqual(before);

      writes.reset();
      const control = await callAction(action, valid.bound, valid.form && formDataFrom(valid.form), { stateless: valid.stateless });
      expect(endingOf(control), "the valid call it started from").toMatchObject((await entry.expected(w, c)).ends);
      expect(writes.statements.length, "the valid call wrote").toBeGreaterThan(0);
    });
  });
});

// What the fuzz found getting through, kept as fixed examples so they are tried on every run.
describe("tampered forms the fuzz found accepted or crashing", () => {
  const firstOf = (value: unknown) => (Array.isArray(value) ? String(value[0]) : "");
  const cases: { module: string; name: string; what: string; tamper: (form: FormFields) => FormFields }[] = [
    { module: "lib/admin/organisations/actions.ts", name: "changeMembershipAction", what: "a change the form does not offer is not taken as reinstating the organisation", tamper: (f) => ({ ...f, change: "restore" }) },
    { module: "lib/admin/users/actions.ts", name: "setUserActiveAction", what: "an \"active\" other than true or false does not deactivate the user", tamper: (f) => ({ ...f, active: "no" }) },
    { module: "lib/admin/geography/actions.ts", name: "saveLocalityAction", what: "a mode other than create or update does not create a locality", tamper: (f) => ({ ...f, mode: "" }) },
    { module: "lib/admin/agreements/actions.ts", name: "createAgreementAction", what: "one organisation ticked twice is not two parties", tamper: (f) => ({ ...f, partyIds: [firstOf(f.partyIds), firstOf(f.partyIds)] }) },
    { module: "lib/admin/agreements/actions.ts", name: "updateAgreementAction", what: "one organisation ticked twice is not two parties", tamper: (f) => ({ ...f, partyIds: [firstOf(f.partyIds), firstOf(f.partyIds)] }) },
    { module: "lib/admin/geography/actions.ts", name: "createNeighbourhoodAction", what: "a ward code with a NUL byte is refused at the field, not a database error", tamper: (f) => ({ ...f, wardCodes: ["W\u0000"] }) },
    { module: "lib/admin/geography/actions.ts", name: "updateNeighbourhoodAction", what: "a ward code with a NUL byte is refused at the field, not a database error", tamper: (f) => ({ ...f, wardCodes: ["W\u0000"] }) },
    { module: "lib/barriers/actions.ts", name: "editBarrierAction", what: "a title with a NUL byte is refused at the field, not a database error", tamper: (f) => ({ ...f, title: "Repairs\u0000portal" }) },
    { module: "lib/barriers/actions.ts", name: "acceptBarrierAction", what: "a note with a control character is refused before the barrier's audit row", tamper: (f) => ({ ...f, note: "Agreed\u0007" }) },
    { module: "lib/budgets/actions.ts", name: "updateBudgetAction", what: "a name with a NUL byte is refused at the field, not a database error", tamper: (f) => ({ ...f, name: "Budget\u0000" }) },
    { module: "lib/budgets/actions.ts", name: "decideSpendAction", what: "a reason with a control character is refused before the budget's audit row", tamper: (f) => ({ ...f, reason: "Late\u001b" }) },
    { module: "lib/ledger/admin-actions.ts", name: "createUnitCostAction", what: "a description with a NUL byte is refused at the field, not a database error", tamper: (f) => ({ ...f, description: "Note\u0000" }) },
  ];

  it.each(cases)("$name: $what", async ({ module, name, tamper }) => {
    const entry = runs[module][name];
    const action = exported.find((e) => e.module === module)!.actions[name];
    const c = await entry.prepare(w);
    const valid = entry.call(w, c);
    setSignedInActor(await signInAs(valid.actor, valid.session));
    await deliveriesSettled();
    const before = await databaseFingerprint();
    writes.reset();
    const outcome = await callAction(action, valid.bound, formDataFrom(tamper(valid.form ?? {})));
    if (outcome.kind === "threw") throw outcome.error;
    expect(outcome.kind).toBe("returned");
    expect(isFormFailure(outcome.kind === "returned" ? outcome.value : null)).toBe(true);
    expect(writes.statements).toEqual([]);
    expect(await databaseFingerprint()).toEqual(before);
  });
});

// Bound arguments the fuzz found crashing (a database error on an id column) or writing an audit
// row for no record: each is answered as a form's failure, with nothing written.
describe("tampered bound arguments the fuzz found crashing or writing", () => {
  const cases: { module: string; name: string; what: string; tamper: (bound: unknown[]) => unknown[] }[] = [
    { module: "lib/barriers/actions.ts", name: "editBarrierAction", what: "a barrier id that is not an id writes no DENIED row for no barrier", tamper: () => ["not-a-barrier"] },
    { module: "lib/barriers/actions.ts", name: "commentOnBarrierAction", what: "an object for the barrier id writes nothing", tamper: (b) => [{ id: b[0] }] },
    { module: "lib/budgets/actions.ts", name: "updateBudgetAction", what: "a budget id that is not an id writes no DENIED row for no budget", tamper: () => ["budget"] },
    { module: "lib/budgets/actions.ts", name: "recordSpendAction", what: "a case id that is not an id writes no DENIED row for no case", tamper: () => ["GT-000001"] },
    { module: "lib/budgets/actions.ts", name: "reverseSpendAction", what: "a spend id that is not an id is not a database error", tamper: (b) => [b[0], "spend"] },
    { module: "lib/ledger/admin-actions.ts", name: "changeUnitCostAction", what: "a unit-cost id that is not an id is not a database error", tamper: () => ["line-1"] },
    { module: "lib/ledger/admin-actions.ts", name: "saveBeneficiariesAction", what: "no place at all is a form's failure, not a database error", tamper: () => [{ localityId: null, neighbourhoodId: null }] },
  ];

  it.each(cases)("$name: $what", async ({ module, name, tamper }) => {
    const entry = runs[module][name];
    const action = exported.find((e) => e.module === module)!.actions[name];
    const c = await entry.prepare(w);
    const valid = entry.call(w, c);
    setSignedInActor(valid.actor);
    const before = await databaseFingerprint();
    writes.reset();
    const outcome = await callAction(action, tamper(valid.bound), valid.form && formDataFrom(valid.form), { stateless: valid.stateless });
    if (outcome.kind === "threw") throw outcome.error;
    expect(outcome.kind).toBe("returned");
    expect(isFormFailure(outcome.kind === "returned" ? outcome.value : null)).toBe(true);
    expect(writes.statements).toEqual([]);
    expect(await databaseFingerprint()).toEqual(before);
  });
});
