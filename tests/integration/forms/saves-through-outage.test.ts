// A save pressed while the database cannot answer comes back to its form with everything typed
// and "We could not save this just now — try again", never the error page: for every form action
// of the barrier, pooled-budget and ledger pages. The app's database client is swapped for one
// that cannot connect, so even the session read fails, as in a real outage.
import { randomUUID } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import * as barrierActions from "@/lib/barriers/actions";
import * as budgetActions from "@/lib/budgets/actions";
import * as ledgerActions from "@/lib/ledger/admin-actions";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { couldNotSaveNow } from "@/lib/forms/keeping-input";

vi.mock("next/navigation", () => import("../../support/next-stand-ins").then((s) => s.navigation));
vi.mock("next/cache", () => import("../../support/next-stand-ins").then((s) => s.cache));
vi.mock("@/lib/auth/auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/auth")>()),
  auth: async () => ({ sessionId: randomUUID(), userId: randomUUID() }),
}));

const appClient = globalThis as unknown as { goldenThreadDb?: Db };
const unreachable = createPrismaClient("postgresql://postgres@127.0.0.1:1/none", { max: 1 });
let real: Db | undefined;
beforeEach(() => {
  real = appClient.goldenThreadDb;
  appClient.goldenThreadDb = unreachable;
  vi.spyOn(console, "warn").mockImplementation(() => {});
  vi.spyOn(console, "error").mockImplementation(() => {});
});
afterEach(() => {
  appClient.goldenThreadDb = real;
  vi.restoreAllMocks();
});

const typed = "What I typed before the database went away";
const date = { day: "3", month: "4", year: "2027" };

/** A form as the page posts it: every text field holds `typed`, dates their parts. */
function formOf(fields: Record<string, string | string[] | typeof date>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (Array.isArray(value)) value.forEach((v) => form.append(name, v));
    else if (typeof value === "object") for (const [part, v] of Object.entries(value)) form.append(`${name}.${part}`, v);
    else form.append(name, value);
  }
  return form;
}

type Save = { name: string; call: (form: FormData) => Promise<unknown>; fields: Record<string, string | string[] | typeof date>; kept: Record<string, unknown> };
const id = randomUUID();
const place = { localityId: randomUUID(), neighbourhoodId: null };

const saves: Save[] = [
  { name: "raiseBarrierAction", call: (f) => barrierActions.raiseBarrierAction(null, f), fields: { title: typed, description: typed, effect: typed, category: "HOUSING", place: `neighbourhood:${id}`, caseReferences: "GT-000001", clientRequestId: id }, kept: { title: typed, description: typed, caseReferences: "GT-000001" } },
  { name: "editBarrierAction", call: (f) => barrierActions.editBarrierAction(id, null, f), fields: { title: typed, description: typed, effect: typed, category: "HOUSING", reviewBy: date, version: "2" }, kept: { title: typed, reviewBy: date, version: "2" } },
  { name: "acceptBarrierAction", call: (f) => barrierActions.acceptBarrierAction(id, null, f), fields: { reviewBy: date, note: typed, version: "1" }, kept: { note: typed, reviewBy: date } },
  { name: "addBarrierActionAction", call: (f) => barrierActions.addBarrierActionAction(id, null, f), fields: { description: typed, ownerOrganisationId: id, ownerUserId: "", dueOn: date, clientRequestId: id }, kept: { description: typed, dueOn: date } },
  { name: "updateBarrierActionAction", call: (f) => barrierActions.updateBarrierActionAction(id, null, f), fields: { actionId: id, status: "DONE" }, kept: { actionId: id, status: "DONE" } },
  { name: "commentOnBarrierAction", call: (f) => barrierActions.commentOnBarrierAction(id, null, f), fields: { body: typed, clientRequestId: id }, kept: { body: typed } },
  { name: "escalateBarrierAction", call: (f) => barrierActions.escalateBarrierAction(id, null, f), fields: { reason: typed, version: "3" }, kept: { reason: typed } },
  { name: "closeBarrierAction", call: (f) => barrierActions.closeBarrierAction(id, null, f), fields: { outcome: "RESOLVED", resolution: typed, version: "3" }, kept: { resolution: typed } },
  { name: "linkCasesToBarrierAction", call: (f) => barrierActions.linkCasesToBarrierAction(id, null, f), fields: { caseReferences: "GT-000001, GT-000002" }, kept: { caseReferences: "GT-000001, GT-000002" } },
  { name: "recordSpendAction", call: (f) => budgetActions.recordSpendAction(id, null as never, f), fields: { budgetId: id, amount: "125.50", description: typed, spentOn: date, clientRequestId: id }, kept: { amount: "125.50", description: typed } },
  { name: "reverseSpendAction", call: (f) => budgetActions.reverseSpendAction(id, id, null as never, f), fields: { reason: typed, clientRequestId: id }, kept: { reason: typed } },
  { name: "createBudgetAction", call: (f) => budgetActions.createBudgetAction(null as never, f), fields: { name: typed, place: `locality:${id}`, financialYear: "2027", approvalThreshold: "500", clientRequestId: id }, kept: { name: typed } },
  { name: "updateBudgetAction", call: (f) => budgetActions.updateBudgetAction(id, null as never, f), fields: { name: typed, approvalThreshold: "750", version: "1" }, kept: { name: typed, approvalThreshold: "750" } },
  { name: "addContributionAction", call: (f) => budgetActions.addContributionAction(id, null as never, f), fields: { organisationId: id, amount: "10000", note: typed, clientRequestId: id }, kept: { amount: "10000" } },
  { name: "decideSpendAction", call: (f) => budgetActions.decideSpendAction(id, null as never, f), fields: { decision: "DECLINED", reason: typed }, kept: { decision: "DECLINED", reason: typed } },
  { name: "createUnitCostAction", call: (f) => ledgerActions.createUnitCostAction(null as never, f), fields: { outcomeTypeId: id, description: typed, amount: "1234", source: typed }, kept: {} },
  { name: "changeUnitCostAction", call: (f) => ledgerActions.changeUnitCostAction(id, null as never, f), fields: { outcomeTypeId: id, description: typed, amount: "1234", source: typed }, kept: {} },
  { name: "endUnitCostAction", call: (f) => ledgerActions.endUnitCostAction(id, null as never, f), fields: { effectiveTo: date }, kept: { effectiveTo: date } },
  { name: "saveBeneficiariesAction", call: (f) => ledgerActions.saveBeneficiariesAction(place, null as never, f), fields: { choices: [`${id}:${id}`] }, kept: { choices: [`${id}:${id}`] } },
];

describe("a save while the database cannot answer", () => {
  it("covers every form action of these modules", () => {
    const exported = [barrierActions, budgetActions, ledgerActions].flatMap((m) => Object.keys(m));
    // The notifications button has nothing typed; the CSV import is tested below.
    const notForms = ["markBarrierNotificationsReadAction", "importUnitCostsAction"];
    expect(exported.filter((name) => !notForms.includes(name)).sort()).toEqual(saves.map((s) => s.name).sort());
  });

  it.each(saves)("$name: comes back to the form with what was typed, and says to try again", async ({ call, fields, kept }) => {
    const result = (await call(formOf(fields))) as { ok: boolean; formError?: string; values?: Record<string, unknown> };
    expect(result).toMatchObject({ ok: false, formError: couldNotSaveNow, values: kept });
  });

  it("importUnitCostsAction: asks for the file again (a file field cannot be refilled), and says to try again", async () => {
    const form = new FormData();
    form.append("file", new File(["code,amount\n"], "unit-costs.csv", { type: "text/csv" }));
    const result = await ledgerActions.importUnitCostsAction(null, form);
    expect(result).toEqual({ ok: false, errors: [{ row: 0, column: null, message: `${couldNotSaveNow}: choose the file again` }] });
  });
});
