// Need-to-know inside an organisation, seen from the browser: a worker on a case reads why she
// may see it; the supervisor of another team of the same council can neither open the case nor
// find its subject; the team lead of the case's neighbourhood can. Every page is checked with axe.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoAccounts, demoEmails, demoPassword } from "../../prisma/seed/demo-accounts";
import { expectNoAccessibilityViolations } from "./support/axe";
import { query, userIdOf } from "./support/database";
import { signIn } from "./support/sign-in";

const account = (email: string) => ({ email, password: demoPassword, name: demoAccounts.find((a) => a.email === email)?.name ?? email });
const worker = account(demoEmails.workerManchester);
const otherTeam = account(demoEmails.supervisorManchester);
const teamLead = account(demoEmails.teamLeadManchester);

async function signedIn(browser: Browser, who: { email: string; password: string; name: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who.email, who.password);
  await expect(page.getByRole("banner")).toContainText(who.name);
  return page;
}

/**
 * An open case worker.manchester leads in MAN-N01, about a person with no other case, on which
 * nobody of the MAN-N02 team works (so its manager has no ground to see it).
 */
async function aCaseOfTheOtherTeam() {
  const [row] = await query<{ id: string; number: number; given: string; family: string; neighbourhood: string }>(
    `SELECT c.id, c.number, p."givenName" AS given, p."familyName" AS family, n.name AS neighbourhood
     FROM "SharedCase" c JOIN "Person" p ON p.id = c."personId" JOIN "Neighbourhood" n ON n.id = c."neighbourhoodId"
     JOIN "User" u ON u.id = c."leadProfessionalId"
     WHERE u.email = $1 AND n.code = 'MAN-N01' AND c.status <> 'CLOSED' AND c."restrictedAt" IS NULL
       AND (SELECT count(*) FROM "SharedCase" o WHERE o."personId" = c."personId") = 1
       AND NOT EXISTS (
         SELECT 1 FROM "CaseWorker" w JOIN "TeamMember" tm ON tm."userId" = w."userId" JOIN "Team" t ON t.id = tm."teamId"
         JOIN "Neighbourhood" n2 ON n2.id = t."neighbourhoodId"
         WHERE w."caseId" = c.id AND w."removedAt" IS NULL AND n2.code = 'MAN-N02')
       AND NOT EXISTS (SELECT 1 FROM "LeadTransfer" lt WHERE lt."caseId" = c.id AND lt.status = 'PENDING')
     ORDER BY c.number LIMIT 1`,
    [worker.email],
  );
  expect(row, "the demo data gives worker.manchester an open MAN-N01 case no one of MAN-N02's team works on").toBeTruthy();
  return { ...row, reference: `GT-${String(row.number).padStart(6, "0")}` };
}

test("[frontline worker] on the case, she reads why she may see it: her organisation leads it and she is its lead professional", async ({ browser }) => {
  const c = await aCaseOfTheOtherTeam();
  const page = await signedIn(browser, worker);
  await page.goto(`/cases/${c.id}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${c.given} ${c.family}`);
  const why = page.getByRole("group").filter({ hasText: "Why can I see this?" });
  await page.getByText("Why can I see this?").click();
  await expect(why).toContainText("Your organisation leads this case.");
  await expect(why).toContainText("You are the case's lead professional.");
  await expectNoAccessibilityViolations(page);
});

test("[supervisor of another team] a worker of the same council outside the case's team gets 404 and cannot find its subject; the neighbourhood's team lead can open it", async ({ browser }) => {
  test.setTimeout(180_000);
  const c = await aCaseOfTheOtherTeam();
  const outsider = await signedIn(browser, otherTeam);
  const response = await outsider.goto(`/cases/${c.id}`);
  expect(response?.status()).toBe(404);
  await expect(outsider.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(outsider.getByText(c.family)).toHaveCount(0);
  await expectNoAccessibilityViolations(outsider);
  expect((await outsider.request.get(`/api/cases/${c.id}/export`)).status()).toBe(404);

  await outsider.goto("/people");
  await outsider.getByLabel("Name, NHS number, postcode or date of birth").fill(`${c.given} ${c.family}`);
  await outsider.getByRole("button", { name: "Search" }).click();
  await expect(outsider.getByText(/No people found among the cases shared with your organisation\.|found$/).first()).toBeVisible();
  await expect(outsider.getByRole("link", { name: c.reference })).toHaveCount(0);
  await expectNoAccessibilityViolations(outsider);

  const denials = await query<{ action: string }>(
    `SELECT action FROM "AuditEvent" WHERE "caseId" = $1 AND "actorUserId" = $2 AND outcome = 'DENIED' ORDER BY id`,
    [c.id, await userIdOf(otherTeam.email)],
  );
  expect(denials.map((d) => d.action)).toEqual(["case.view", "case.export"]);

  // The team lead of the case's neighbourhood works in its team: she may open it, and is told so.
  const lead = await signedIn(browser, teamLead);
  expect((await lead.goto(`/cases/${c.id}`))?.status()).toBe(200);
  await lead.getByText("Why can I see this?").click();
  await expect(lead.getByRole("group").filter({ hasText: "Why can I see this?" })).toContainText(`the co-located team serving ${c.neighbourhood}`);
  await expectNoAccessibilityViolations(lead);
});
