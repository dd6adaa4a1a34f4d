// Restricted records, seen from the browser: worker.manchester's team leader (her supervisor, not
// on the case) cannot find a restricted person and sees their case redacted; she breaks the glass
// with a reason, the lead professional is told and the access log flags it; on another restricted
// case she requests access and the lead professional accepts. Every page is checked with axe.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoAccounts, demoEmails, demoPassword } from "../../prisma/seed/demo-accounts";
import { expectNoAccessibilityViolations } from "./support/axe";
import { query, userIdOf } from "./support/database";
import { signIn } from "./support/sign-in";

const account = (email: string) => ({ email, password: demoPassword, name: demoAccounts.find((a) => a.email === email)?.name ?? email });
const worker = account(demoEmails.workerManchester);
const teamLead = account(demoEmails.teamLeadManchester);

async function signedIn(browser: Browser, who: { email: string; password: string; name: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who.email, who.password);
  await expect(page.getByRole("banner")).toContainText(who.name);
  return page;
}

/** A restricted case worker.manchester leads, its person restricted or not (the demo has one of each). */
async function restrictedCaseOfTheWorker(personRestricted: boolean) {
  const [row] = await query<{ id: string; given: string; family: string }>(
    `SELECT c.id, p."givenName" AS given, p."familyName" AS family
     FROM "SharedCase" c JOIN "Person" p ON p.id = c."personId" JOIN "User" u ON u.id = c."leadProfessionalId"
     WHERE u.email = $1 AND c."restrictedAt" IS NOT NULL AND c.status <> 'CLOSED'
       AND (p."restrictedAt" IS NOT NULL) = $2
     ORDER BY c.number LIMIT 1`,
    [worker.email, personRestricted],
  );
  expect(row, "the demo data restricts worker.manchester's cases").toBeTruthy();
  return row;
}

test("[team leader] a restricted person is not found by a worker of the same team who is not on the case, and their case is shown redacted", async ({ browser }) => {
  const c = await restrictedCaseOfTheWorker(true);
  const page = await signedIn(browser, teamLead);
  await page.goto("/people");
  await page.getByLabel("Name, NHS number, postcode or date of birth").fill(`${c.given} ${c.family}`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText(/No people found among the cases shared with your organisation\.|found$/).first()).toBeVisible();
  await expect(page.getByRole("link", { name: `${c.given} ${c.family}` })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  await page.goto(`/cases/${c.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Restricted record — held by Manchester City Council");
  await expect(page.getByText(c.family)).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
});

test("[team leader] break-glass with a reason opens the record for reading, tells the lead professional and shows in the access log", async ({ browser }) => {
  test.setTimeout(180_000);
  const c = await restrictedCaseOfTheWorker(true);
  const page = await signedIn(browser, teamLead);
  await page.goto(`/cases/${c.id}`);
  await page.getByRole("link", { name: "Use break-glass access" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Break-glass access");
  await expectNoAccessibilityViolations(page);

  await page.getByRole("button", { name: "Break the glass and open the record" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByLabel("Why must you see this record now?").fill("Hospital safeguarding call about the person tonight");
  await page.getByLabel(/I understand this access is recorded/).check();
  await page.getByRole("button", { name: "Break the glass and open the record" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${c.given} ${c.family}`);
  await expect(page.getByText(/You are using break-glass access to this restricted record until/)).toBeVisible();
  await page.screenshot({ path: "test-results/restricted-break-glass-case.png", fullPage: true });
  await expectNoAccessibilityViolations(page);

  const told = await query<{ kind: string }>(`SELECT kind::text AS kind FROM "Notification" WHERE "caseId" = $1 AND "userId" = $2`, [c.id, await userIdOf(worker.email)]);
  expect(told.map((n) => n.kind)).toContain("BREAK_GLASS_USED");

  const lead = await signedIn(browser, worker);
  await lead.goto(`/cases/${c.id}/access-log`);
  await expect(lead.getByText(/Break-glass access has been used on this case: 1 time/)).toBeVisible();
  await expect(lead.getByRole("row").filter({ hasText: teamLead.name }).filter({ hasText: "Used break-glass access" })).toHaveCount(1);
  await lead.screenshot({ path: "test-results/restricted-access-log.png", fullPage: true });
  await expectNoAccessibilityViolations(lead);
});

test("[team leader] a request for access, accepted by the lead professional, opens the record", async ({ browser }) => {
  test.setTimeout(180_000);
  const c = await restrictedCaseOfTheWorker(false);
  const page = await signedIn(browser, teamLead);
  await page.goto(`/cases/${c.id}`);
  await page.getByRole("link", { name: "Request access" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Request access");
  await page.getByLabel("Why do you need access?").fill("I am taking over the family's support plan");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "Send request" }).click();
  await expect(page.getByText("Request sent: the lead professional has been told")).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const lead = await signedIn(browser, worker);
  await lead.goto(`/cases/${c.id}`);
  const requests = lead.getByRole("region", { name: /Requests for access/ });
  await expect(requests).toContainText("I am taking over the family's support plan");
  await requests.getByLabel("Accept: add them as a named worker").check();
  await lead.screenshot({ path: "test-results/restricted-answer.png", fullPage: true });
  await expectNoAccessibilityViolations(lead);
  await requests.getByRole("button", { name: "Send answer" }).click();
  await expect(lead.getByText("Request accepted: they are now a named worker on the case")).toBeVisible();

  await page.goto(`/cases/${c.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${c.given} ${c.family}`);
  await expect(page.getByRole("region", { name: "Restricted record" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});
