// Person search forgives how a name is typed, and the form for a new person offers the near match.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";
import { storageStateFor } from "./support/accounts";

const letters = (n: number) => Array.from({ length: n }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");

async function fillDate(page: Page, legend: string, date: { day: number; month: number; year: number }) {
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(String(date.day));
  await group.getByLabel("Month").fill(String(date.month));
  await group.getByLabel("Year").fill(String(date.year));
}

async function recordPerson(page: Page, givenName: string, familyName: string, born: { day: number; month: number; year: number }) {
  await page.goto("/people/new");
  await page.getByLabel("First name").fill(givenName);
  await page.getByLabel("Last name").fill(familyName);
  await fillDate(page, "Date of birth", born);
  await page.getByRole("button", { name: "Continue" }).click();
}

test.describe("[frontline worker] finding a person", () => {
  test.use({ storageState: storageStateFor("worker") });

  test("finds a person by a misspelt name narrowed by date of birth, and offers them before a near-duplicate is recorded", async ({ page }) => {
    test.setTimeout(120_000);
    // Unique to this run: "Qu" + random letters, spelt with two letters swapped when searched.
    const familyName = `Qu${letters(7)}`;
    const misspelt = familyName.slice(0, 3) + familyName[4] + familyName[3] + familyName.slice(5);
    const born = { day: 17, month: 5, year: 1988 };
    await recordPerson(page, "Morwenna", familyName, born);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Open a shared case");

    await page.goto("/people");
    const search = page.getByLabel("Name, NHS number, postcode or date of birth");
    await search.fill(`morwena ${misspelt} 17/5/1988`);
    await page.getByRole("button", { name: "Search" }).click();
    const results = page.getByRole("table", { name: "1 person found" });
    await expect(results.getByRole("rowheader")).toHaveText(`Morwenna ${familyName}`);
    await expectNoAccessibilityViolations(page);

    // Another date of birth narrows the same name to no one.
    await search.fill(`Morwenna ${familyName} 18/5/1988`);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(page.getByText("No people found among the cases shared with your organisation.")).toBeVisible();

    // Recording the same person again, misspelt, the form offers the one already known.
    await recordPerson(page, "Morwena", misspelt, born);
    const known = page.getByRole("region", { name: "This person may already be known" });
    await expect(known).toContainText(`Morwenna ${familyName}`);
    await expect(known).toContainText("Why it matched: Similar name and same date of birth");
    await expectNoAccessibilityViolations(page);
  });
});
