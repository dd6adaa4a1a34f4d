// The frontline journey across organisations: Manchester City Council opens a case and refers
// to Greater Manchester Mental Health, which accepts and works it; Bolton Council, uninvolved,
// can neither find the person nor open the case.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";
import { boltonWorker, gmmhWorker, worker } from "./support/accounts";
import { query, userIdOf } from "./support/database";
import { signIn } from "./support/sign-in";

const letters = () => Array.from({ length: 6 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");

async function signedIn(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, account.email, account.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My work");
  return page;
}

async function fillDate(page: Page, legend: string, date: Date) {
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(String(date.getDate()));
  await group.getByLabel("Month").fill(String(date.getMonth() + 1));
  await group.getByLabel("Year").fill(String(date.getFullYear()));
}

test("[frontline workers] a case crosses two organisations and stays hidden from a third", async ({ browser }) => {
  test.setTimeout(180_000);
  const familyName = `Journey${letters()}`;
  const fullName = `Jordan ${familyName}`;

  // Worker A records the person and opens the case.
  const a = await signedIn(browser, worker);
  await a.getByRole("link", { name: "Find a person", exact: true }).first().click();
  await a.getByLabel("Name, NHS number, postcode or date of birth").fill(fullName);
  await a.getByRole("button", { name: "Search" }).click();
  await expect(a.getByText("No people found among the cases shared with your organisation.")).toBeVisible();
  await expectNoAccessibilityViolations(a);
  await a.getByRole("link", { name: "record a new person" }).click();
  await a.getByLabel("First name").fill("Jordan");
  await a.getByLabel("Last name").fill(familyName);
  await fillDate(a, "Date of birth", new Date(1988, 4, 17));
  await a.getByLabel("NHS number (optional)").fill("123");
  await a.getByRole("button", { name: "Continue" }).click();
  await expect(a.getByRole("link", { name: "NHS number must be 10 digits, like 943 476 5919" })).toBeVisible();
  await expect(a.getByLabel("Last name")).toHaveValue(familyName);
  await expectNoAccessibilityViolations(a);
  await a.getByLabel("NHS number (optional)").fill("");
  await a.getByRole("button", { name: "Continue" }).click();

  await expect(a.getByRole("heading", { level: 1 })).toHaveText("Open a shared case");
  // No postcode: the choice starts at the worker's own team's neighbourhood, grouped by locality.
  const neighbourhood = a.getByLabel("Neighbourhood");
  await expect(neighbourhood.locator("optgroup")).toHaveCount(10);
  await expect(neighbourhood.locator("option:checked")).not.toHaveText("Choose a neighbourhood");
  await expect(a.getByText(/your team’s neighbourhood.*Your organisation’s usual area is Manchester/)).toBeVisible();
  // Outside the organisation's usual area: a warning, gone again when back inside it.
  const bolton = await neighbourhood.locator('optgroup[label="Bolton"] option').first().getAttribute("value");
  await neighbourhood.selectOption(bolton ?? "");
  await expect(a.getByText(/Bolton is outside your organisation’s usual area \(Manchester\)/)).toBeVisible();
  await expectNoAccessibilityViolations(a);
  const manchester = await neighbourhood.locator('optgroup[label="Manchester"] option').first().getAttribute("value");
  await neighbourhood.selectOption(manchester ?? "");
  await expect(a.getByText(/is outside your organisation’s usual area/)).toHaveCount(0);
  await a.getByRole("group", { name: "Themes" }).getByLabel("Homelessness").check();
  await a.getByRole("group", { name: "Themes" }).getByLabel("Mental health").check();
  await a.getByRole("group", { name: "Risk level" }).getByLabel("High", { exact: true }).check();
  await a.getByLabel("Consent given").check();
  await fillDate(a, "Date of the consent decision", new Date());
  await expectNoAccessibilityViolations(a);
  await a.getByRole("button", { name: "Open shared case" }).click();
  await expect(a.getByRole("status")).toContainText("Shared case opened");
  await expect(a.getByRole("heading", { level: 1 })).toHaveText(fullName);
  const caseUrl = new URL(a.url()).pathname;
  const caseId = caseUrl.split("/").pop() ?? "";
  await expectNoAccessibilityViolations(a);

  // A refers to Greater Manchester Mental Health.
  await a.getByRole("link", { name: "Refer to another organisation" }).click();
  await a.getByLabel("Organisation to refer to").selectOption({ label: "Greater Manchester Mental Health NHS Foundation Trust" });
  await a.getByLabel("Reason for the referral").fill("Low mood since eviction notice; needs a mental health assessment.");
  await a.getByLabel("Urgent").check();
  await expectNoAccessibilityViolations(a);
  await a.getByRole("button", { name: "Send referral" }).click();
  await expect(a.getByRole("status")).toContainText("Referral sent");

  // Worker B sees it in the inbox, accepts, adds a note and an action.
  const b = await signedIn(browser, gmmhWorker);
  await b.getByRole("link", { name: fullName }).click();
  await expect(b.getByRole("heading", { level: 1 })).toHaveText(fullName);
  await expect(b.getByText("Low mood since eviction notice")).toBeVisible();
  await expectNoAccessibilityViolations(b);
  await b.getByRole("button", { name: "Accept referral" }).click();
  await expect(b.getByRole("status")).toContainText("Referral accepted");
  await b.getByRole("link", { name: "Add a note or contact" }).click();
  await b.getByLabel("Assessment").check();
  await fillDate(b, "Date of the contact", new Date());
  await b.getByRole("textbox", { name: "Note" }).fill("Assessed at the drop-in: referred to talking therapies.");
  await expectNoAccessibilityViolations(b);
  await b.getByRole("button", { name: "Add to chronology" }).click();
  await expect(b.getByRole("status")).toContainText("Added to the chronology");
  await b.getByRole("link", { name: "Add an action" }).click();
  await b.getByLabel("What needs to be done").fill("Confirm temporary accommodation address");
  await b.getByLabel("Organisation that will do it").selectOption({ label: "Manchester City Council" });
  const due = new Date(Date.now() + 7 * 86_400_000);
  await fillDate(b, "Due date", due);
  await b.getByRole("button", { name: "Add action" }).click();
  await expect(b.getByRole("status")).toContainText("Action added");

  // A sees both.
  await a.goto(caseUrl);
  await expect(a.getByText("Assessed at the drop-in: referred to talking therapies.")).toBeVisible();
  await expect(a.getByRole("table", { name: "Actions" })).toContainText("Confirm temporary accommodation address");
  await expect(a.getByRole("table", { name: "Team around the person" })).toContainText("Greater Manchester Mental Health NHS Foundation Trust");

  // Worker C, of an uninvolved organisation, cannot find the person nor open the case.
  const c = await signedIn(browser, boltonWorker);
  await c.goto("/people");
  await c.getByLabel("Name, NHS number, postcode or date of birth").fill(fullName);
  await c.getByRole("button", { name: "Search" }).click();
  await expect(c.getByText("No people found among the cases shared with your organisation.")).toBeVisible();
  const response = await c.goto(caseUrl);
  expect(response?.status()).toBe(404);
  await expect(c.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(c.getByText(familyName)).toHaveCount(0);
  const exportResponse = await c.request.get(`/api/cases/${caseId}/export`);
  expect(exportResponse.status()).toBe(404);
  const denials = await query<{ action: string }>(
    `SELECT action FROM "AuditEvent" WHERE "caseId" = $1 AND "actorUserId" = $2 AND outcome = 'DENIED' ORDER BY id`,
    [caseId, await userIdOf(boltonWorker.email)],
  );
  expect(denials.map((d) => d.action)).toEqual(["case.view", "case.export"]);
});

test("[frontline worker] two people editing the same case get the conflict message, and keep what they typed", async ({ browser }) => {
  const first = await signedIn(browser, worker);
  const second = await signedIn(browser, worker);
  const [row] = await query<{ id: string }>(
    `SELECT c.id FROM "SharedCase" c JOIN "User" u ON u.id = c."leadProfessionalId" WHERE u.email = $1 AND c.status <> 'CLOSED' ORDER BY c.number LIMIT 1`,
    [worker.email],
  );
  await first.goto(`/cases/${row.id}/edit`);
  await second.goto(`/cases/${row.id}/edit`);
  await expectNoAccessibilityViolations(first);
  const current = await first.getByRole("group", { name: "Risk level" }).getByRole("radio", { checked: true }).getAttribute("value");
  const [mine, theirs] = current === "VERY_HIGH" ? ["LOW", "MEDIUM"] : ["VERY_HIGH", "LOW"];
  await first.getByRole("group", { name: "Risk level" }).locator(`input[value="${mine}"]`).check();
  await first.getByRole("button", { name: "Save changes" }).click();
  await expect(first.getByRole("status")).toContainText("Case details saved");

  await second.getByRole("group", { name: "Risk level" }).locator(`input[value="${theirs}"]`).check();
  await second.getByLabel("Summary (optional)").fill("Typed while someone else was saving");
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.getByRole("heading", { name: "Someone else changed this case" })).toBeVisible();
  await expect(second.getByText(/Someone else changed this case while you were editing it/)).toBeVisible();
  await expect(second.getByLabel("Summary (optional)")).toHaveValue("Typed while someone else was saving");
  await expectNoAccessibilityViolations(second);
});
