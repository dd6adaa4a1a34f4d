// Pooled budgets and the ledger, end to end on the demo data: a Bolton worker records spend and
// an outcome on a case; the Bolton lead sees the neighbourhood's figures change by exactly the
// hand-calculated value of the outcome; the budget holder decides on spend above the threshold;
// every new page and its error states pass axe.
import { readFile } from "node:fs/promises";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { parseCsv } from "../../lib/domain/csv";
import { expectNoAccessibilityViolations } from "./support/axe";
import { boltonWorker, budgetHolder, storageStateFor } from "./support/accounts";
import { query, userIdOf } from "./support/database";
import { signIn } from "./support/sign-in";

async function signedIn(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account.email, account.password);
  await expect(page.getByRole("banner")).toContainText("Sign out");
  return page;
}

async function fillDate(page: Page, legend: string, date: Date) {
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(String(date.getDate()));
  await group.getByLabel("Month").fill(String(date.getMonth() + 1));
  await group.getByLabel("Year").fill(String(date.getFullYear()));
}

/** The "costs and benefits" CSV of a ledger page, as figure → value. */
async function totals(page: Page, path: string): Promise<Record<string, string>> {
  await page.goto(`/ledger/${path}`);
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the costs and benefits (CSV)" }).click();
  const rows = parseCsv(await readFile(await (await downloading).path(), "utf8"));
  return Object.fromEntries(rows.slice(1).map(([k, v]) => [k, v]));
}

test("[frontline worker, locality lead] spend and an outcome on a case change the neighbourhood's returns by the hand-calculated amount", async ({ browser }) => {
  test.setTimeout(240_000);
  const workerId = await userIdOf(boltonWorker.email);
  const [c] = await query<{ id: string; nbh: string; loc: string; nbhId: string; locId: string }>(
    `SELECT c.id, n.slug AS nbh, l.slug AS loc, n.id AS "nbhId", l.id AS "locId" FROM "SharedCase" c JOIN "Neighbourhood" n ON n.id = c."neighbourhoodId" JOIN "Locality" l ON l.id = n."localityId"
     WHERE c."leadProfessionalId" = $1 AND c.status <> 'CLOSED' AND EXISTS (SELECT 1 FROM "PooledBudget" b WHERE b."neighbourhoodId" = n.id AND b."contributedPence" - b."spentPence" - b."committedPence" > 100000 AND b."financialYear" = extract(year FROM now() - interval '3 months')::int)
     ORDER BY c.number LIMIT 1`,
    [workerId],
  );
  const path = `${c.loc}/${c.nbh}`;

  // The lead's figures before.
  const lead = await (await browser.newContext({ storageState: storageStateFor("lead") })).newPage();
  await lead.goto(`/ledger/${path}`);
  await expect(lead.getByRole("heading", { level: 1 })).toHaveText("Who invests and who saves");
  await expectNoAccessibilityViolations(lead);
  const before = await totals(lead, path);

  // The worker records £200 of tenancy support, first with mistakes.
  const worker = await signedIn(browser, boltonWorker);
  await worker.goto(`/cases/${c.id}`);
  await expectNoAccessibilityViolations(worker);
  await worker.getByRole("link", { name: "Record spend from a pooled budget" }).click();
  await expect(worker.getByRole("heading", { level: 1 })).toHaveText("Record spend from a pooled budget");
  await worker.getByLabel("Amount, in pounds").fill("two hundred");
  await worker.getByRole("button", { name: "Record spend" }).click();
  await expect(worker.getByRole("link", { name: "The amount must be an amount in pounds, like 1,250 or 1250.50" })).toBeVisible();
  await expect(worker.getByLabel("Amount, in pounds")).toHaveValue("two hundred");
  await expectNoAccessibilityViolations(worker);
  await worker.getByLabel("Pay from").selectOption({ index: 1 });
  await worker.getByLabel("Type of intervention").selectOption({ label: "Tenancy support" });
  await worker.getByLabel("What was bought").fill("Rent in advance for a new tenancy");
  await worker.getByLabel("Amount, in pounds").fill("200");
  await fillDate(worker, "Date of the spend", new Date());
  await worker.getByRole("button", { name: "Record spend" }).click();
  await expect(worker.getByRole("status")).toContainText("Spend recorded");
  await expect(worker.getByRole("table", { name: "Spend on this case" })).toContainText("£200.00");

  // …and an outcome the unit costs value.
  await worker.goto(`/cases/${c.id}/outcomes/new`);
  await worker.getByLabel("Outcome").selectOption({ label: "Homelessness prevented" });
  await fillDate(worker, "Date achieved", new Date());
  await worker.getByLabel("Evidence").fill("Tenancy signed today");
  await worker.getByRole("button", { name: "Record outcome" }).click();
  await expect(worker.getByRole("status")).toContainText("Outcome recorded");
  await expect(worker.getByRole("table", { name: "Benefits credited from this case's outcomes" })).toContainText("Homelessness prevented");
  await expectNoAccessibilityViolations(worker);

  // The hand calculation: each one-year fiscal line in force, (1 − deadweight) × attribution ×
  // (1 − optimism bias), shared between the place's organisations of the type.
  const lines = await query<{ fiscal: number; dw: number; attr: number; ob: number; type: string | null; years: number }>(
    `SELECT u."fiscalPencePerYear" AS fiscal, u."deadweightBasisPoints" AS dw, u."attributionBasisPoints" AS attr, u."optimismBiasBasisPoints" AS ob, u."beneficiaryType"::text AS type, u.years
     FROM "UnitCost" u JOIN "OutcomeType" t ON t.id = u."outcomeTypeId" WHERE t.name = 'Homelessness prevented' AND u."effectiveTo" IS NULL AND u."fiscalPencePerYear" > 0`,
  );
  let expected = 0;
  for (const l of lines) {
    expect(l.years).toBe(1);
    const [{ n }] = await query<{ n: number }>(`SELECT count(*)::int AS n FROM "PlaceBeneficiary" WHERE "localityId" = $1 AND "organisationType"::text = $2`, [c.locId, l.type]);
    const share = Math.round((l.fiscal * (1 - l.dw / 10_000) * (l.attr / 10_000) * (1 - l.ob / 10_000)) / Math.max(1, n));
    expected += share * Math.max(1, n);
  }
  const after = await totals(lead, path);
  const pence = (v: string) => Math.round(Number(v) * 100);
  expect(pence(after["Spent on cases (£)"]) - pence(before["Spent on cases (£)"])).toBe(20_000);
  expect(pence(after["Fiscal benefits, net (£)"]) - pence(before["Fiscal benefits, net (£)"])).toBe(expected);
  expect(after["Fiscal return per £1"]).toBe((pence(after["Fiscal benefits, net (£)"]) / pence(after["Spent on cases (£)"])).toFixed(2));

  // The who-saves table shows the council's share of the new spend.
  await lead.goto(`/ledger/${path}`);
  await expect(lead.getByRole("table", { name: "By organisation" })).toContainText("Bolton Council");
});

test("[budget holder] decides on spend above the threshold, with a reason when declining", async ({ browser }) => {
  test.setTimeout(120_000);
  // A spend above the threshold, waiting, on a Bolton case (recorded by the Bolton worker).
  const workerId = await userIdOf(boltonWorker.email);
  await query(
    `INSERT INTO "BudgetSpend" ("budgetId", "caseId", "neighbourhoodId", intervention, description, "amountPence", "spentOn", "needsApproval", "recordedById", "recordedByOrganisationId")
     SELECT b.id, c.id, c."neighbourhoodId", 'TREATMENT_PLACE', 'Detox bed nights (test)', 300000, current_date, true, u.id, u."organisationId"
     FROM "SharedCase" c JOIN "PooledBudget" b ON b."neighbourhoodId" = c."neighbourhoodId" AND b."financialYear" = extract(year FROM now() - interval '3 months')::int, "User" u
     WHERE c."leadProfessionalId" = $1 AND u.id = $1 AND b."contributedPence" - b."spentPence" - b."committedPence" > 300000
     ORDER BY c.number DESC LIMIT 1`,
    [workerId],
  );
  const page = await signedIn(browser, budgetHolder);
  await page.goto("/budgets");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Pooled budgets");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: /Spend waiting for your approval/ }).click();
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: /^Decide/ }).first().click();
  await page.getByLabel("Decline the spend").check();
  await page.getByRole("button", { name: "Save decision" }).click();
  await expect(page.getByRole("link", { name: "Enter why the spend is declined" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByLabel("Approve the spend").check();
  await page.getByRole("button", { name: "Save decision" }).click();
  await expect(page.getByRole("status")).toContainText("Spend approved");

  await page.goto("/budgets");
  await page.getByRole("link", { name: /Bolton/ }).first().click();
  await expect(page.getByRole("table", { name: /^Spend/ })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: "Add a contribution" }).click();
  await page.getByLabel("In kind", { exact: true }).check();
  await page.getByRole("button", { name: "Add contribution" }).click();
  await expect(page.getByRole("link", { name: "Choose the organisation that contributed" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.goto("/budgets/new");
  await page.getByLabel("Approval threshold, in pounds").fill("lots");
  await page.getByRole("button", { name: "Create budget" }).click();
  await expect(page.getByRole("link", { name: "Choose the neighbourhood or locality from the list" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test.describe("[partnership admin] budgets, unit costs and the ledger", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("sees amounts and case references but no case content on any budget page or export", async ({ page }) => {
    test.setTimeout(120_000);
    const [budget] = await query<{ id: string }>(`SELECT b.id FROM "PooledBudget" b JOIN "Neighbourhood" n ON n.id = b."neighbourhoodId" WHERE n.code = 'BOL-N02' ORDER BY b."financialYear" DESC LIMIT 1`);
    const secrets = await query<{ text: string }>(
      `SELECT DISTINCT s.description AS text FROM "BudgetSpend" s WHERE s."budgetId" = $1
       UNION SELECT DISTINCT p."givenName" || ' ' || p."familyName" FROM "BudgetSpend" s JOIN "SharedCase" c ON c.id = s."caseId" JOIN "Person" p ON p.id = c."personId" WHERE s."budgetId" = $1`,
      [budget.id],
    );
    expect(secrets.length).toBeGreaterThan(1);
    const contents: string[] = [];
    for (const path of ["/budgets", `/budgets/${budget.id}`, "/ledger", "/ledger/bolton", "/ledger/bolton/bolton-bradshaw-breightmet-and-tonge-with-the-haulgh", "/evidence-pack/bolton", "/admin/unit-costs"]) {
      await page.goto(path);
      await expect(page.locator("main")).toBeVisible();
      contents.push(await page.locator("body").innerText());
    }
    await page.goto(`/budgets/${budget.id}`);
    await expect(page.getByRole("table", { name: /^Spend/ })).toContainText(/GT-\d+/);
    await expectNoAccessibilityViolations(page);
    for (const [path, link] of [["/ledger/bolton", "Download the table by organisation (CSV)"], ["/admin/unit-costs", "Download every version (CSV)"]]) {
      await page.goto(path);
      const downloading = page.waitForEvent("download");
      await page.getByRole("link", { name: link }).click();
      contents.push(await readFile(await (await downloading).path(), "utf8"));
    }
    for (const text of contents) for (const secret of secrets) expect(text).not.toContain(secret.text);
    expect((await page.goto("/budgets/approvals"))?.status()).toBe(404);
  });

  test("unit-cost pages, with their error states, pass axe", async ({ page }) => {
    test.setTimeout(300_000);
    await page.goto("/admin/unit-costs");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Unit costs");
    await expectNoAccessibilityViolations(page);
    await page.getByRole("link", { name: "Add a line" }).click();
    await page.getByRole("button", { name: "Add line" }).click();
    await expect(page.getByRole("link", { name: "Choose the outcome" })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.goto("/admin/unit-costs");
    await page.getByRole("link", { name: /^Change/ }).first().click();
    await page.getByRole("button", { name: "Save new version" }).click();
    await expect(page.getByRole("link", { name: "Enter the date it applies from" })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.goto("/admin/unit-costs/import");
    await page.getByLabel("CSV file").setInputFiles({ name: "costs.csv", mimeType: "text/csv", buffer: Buffer.from("outcome_code,years\nNOPE,99\n") });
    await page.getByRole("button", { name: "Import unit costs" }).click();
    await expect(page.getByRole("table", { name: /Problems in the file/ })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test("beneficiary, method and evidence-pack pages, and the period form's error state, pass axe", async ({ page }) => {
    test.setTimeout(300_000);
    await page.goto("/admin/beneficiaries");
    await expectNoAccessibilityViolations(page);
    await page.getByRole("link", { name: "Change for Bolton" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bolton");
    await expectNoAccessibilityViolations(page);
    await page.goto("/ledger/method");
    await expectNoAccessibilityViolations(page);
    await page.goto("/evidence-pack/bolton");
    await expectNoAccessibilityViolations(page);
    await page.goto("/ledger?from=2026-13&to=nope");
    await expect(page.getByRole("link", { name: /Choose a start month from the list/ })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});
