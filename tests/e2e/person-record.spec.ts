// The person's record across cases: a Manchester worker finds a person, reads the chronology of
// all their cases, filters it, and opens their household. Each page is checked with axe.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";
import { storageStateFor, worker } from "./support/accounts";
import { query } from "./support/database";

test.use({ storageState: storageStateFor("worker") });

/** A person the Manchester worker leads a case about, whose household has several cases. */
async function aPersonInABusyHousehold() {
  const [row] = await query<{ id: string; given: string; family: string; dob: string; household: string }>(
    `SELECT p.id, p."givenName" AS given, p."familyName" AS family, to_char(p."dateOfBirth", 'DD/MM/YYYY') AS dob, c."householdId" AS household
     FROM "SharedCase" c JOIN "Person" p ON p.id = c."personId" JOIN "User" u ON u.id = c."leadProfessionalId"
     WHERE u.email = $1 AND c."householdId" IN (SELECT "householdId" FROM "SharedCase" WHERE "householdId" IS NOT NULL GROUP BY 1 HAVING count(*) >= 2)
       AND EXISTS (SELECT 1 FROM "CaseNote" n WHERE n."caseId" = c.id)
     ORDER BY c.number LIMIT 1`,
    [worker.email],
  );
  if (!row) throw new Error("the demo data has no household with several cases for the Manchester worker");
  return row;
}

async function look(page: Page, name: string) {
  await page.screenshot({ path: `test-results/person-record-${name}.png`, fullPage: true });
}

test("[frontline worker] opens a person from search, reads and filters their chronology across cases, and opens their household", async ({ page }) => {
  test.setTimeout(180_000);
  const person = await aPersonInABusyHousehold();
  const name = `${person.given} ${person.family}`;

  await page.goto("/people");
  await page.getByLabel("Name, NHS number, postcode or date of birth").fill(person.dob);
  await page.getByRole("button", { name: "Search" }).click();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) }).first();
  await row.getByRole("link", { name, exact: true }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
  await expect(page).toHaveURL(new RegExp(`/people/${person.id}$`));
  const chronology = page.getByRole("region", { name: /Chronology across cases/ });
  const entries = chronology.getByRole("listitem");
  await expect(entries.first()).toBeVisible();
  await expect(page.getByRole("table", { name: /^Cases \(/ })).toBeVisible();
  await look(page, "person");
  await expectNoAccessibilityViolations(page);

  // Filter by the organisation that wrote the newest entry: every entry shown is then theirs.
  const organisation = page.getByLabel("Organisation");
  const choice = (await organisation.locator("option").nth(1).textContent()) ?? "";
  await organisation.selectOption({ label: choice });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/organisation=/);
  await expect(entries.first()).toBeVisible();
  for (const text of await entries.allTextContents()) expect(text).toContain(choice);
  await expect(page.getByRole("link", { name: "Clear filters" })).toBeVisible();
  await look(page, "person-filtered");
  await expectNoAccessibilityViolations(page);

  // A date range the wrong way round is refused at the field, with the filters kept.
  const from = page.getByRole("group", { name: "From" });
  const to = page.getByRole("group", { name: "To" });
  await from.getByLabel("Day").fill("2");
  await from.getByLabel("Month").fill("3");
  await from.getByLabel("Year").fill("2026");
  await to.getByLabel("Day").fill("1");
  await to.getByLabel("Month").fill("3");
  await to.getByLabel("Year").fill("2026");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("link", { name: "To date must be the same as or after the from date" })).toBeVisible();
  await expect(page.getByLabel("Organisation")).toHaveValue(/.+/);
  await expectNoAccessibilityViolations(page);

  // The household: its members with their relationship, and its cases.
  await page.getByRole("region", { name: "Household" }).getByRole("link").first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/households/${person.household}$`));
  const members = page.getByRole("table", { name: /^Members/ });
  await expect(members.getByRole("row").filter({ hasText: name })).toBeVisible();
  await expect(page.getByRole("table", { name: /^Cases for the household/ }).getByRole("row")).not.toHaveCount(1);
  await look(page, "household");
  await expectNoAccessibilityViolations(page);
});

test("[frontline worker] a case page links to its person's record", async ({ page }) => {
  const person = await aPersonInABusyHousehold();
  const [c] = await query<{ id: string }>(`SELECT id FROM "SharedCase" WHERE "personId" = $1 ORDER BY number LIMIT 1`, [person.id]);
  await page.goto(`/cases/${c.id}`);
  await page.getByRole("link", { name: /Person’s record|Person's record/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${person.given} ${person.family}`);
});

test("[frontline worker] a person of no case shared with their organisation is not found", async ({ page }) => {
  const [stranger] = await query<{ id: string }>(
    `SELECT p.id FROM "Person" p JOIN "User" u ON u.id = p."createdById" JOIN "Organisation" o ON o.id = u."organisationId"
     WHERE o.name LIKE 'Bolton%' AND NOT EXISTS (SELECT 1 FROM "SharedCase" c JOIN "User" l ON l.id = c."leadProfessionalId" JOIN "User" w ON w.email = $1
       WHERE c."personId" = p.id AND (c."leadOrganisationId" = w."organisationId" OR EXISTS (SELECT 1 FROM "CaseInvolvement" i WHERE i."caseId" = c.id AND i."organisationId" = w."organisationId")))
     LIMIT 1`,
    [worker.email],
  );
  const response = await page.goto(`/people/${stranger.id}`);
  expect(response?.status()).toBe(404);
});

test("[frontline worker] changes a person's details and sees the change in their history", async ({ page }) => {
  const person = await aPersonInABusyHousehold();
  await page.goto(`/people/${person.id}`);
  await page.getByRole("link", { name: /^Change details/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Change details");
  await expect(page.getByLabel("First name")).toHaveValue(person.given);
  await expectNoAccessibilityViolations(page);
  await page.getByLabel("First name").fill("");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("link", { name: "Enter the person's first name" })).toBeVisible();
  await expect(page.getByLabel("Last name")).toHaveValue(person.family);
  await page.getByLabel("First name").fill(person.given);
  await page.getByLabel("Town or city (optional)").fill("Salford");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Details saved")).toBeVisible();
  const history = page.getByRole("table", { name: "History of changes" });
  await expect(history.getByRole("row").filter({ hasText: "Town or city" })).toContainText("Salford");
  await look(page, "person-history");
  await expectNoAccessibilityViolations(page);
});
