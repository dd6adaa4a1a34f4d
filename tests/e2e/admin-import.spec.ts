// Bulk import from CSV, as an admin does it: a file with a bad row is rejected whole, with the
// row's problem shown; a good file is imported with its progress followed to the end.
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { expectNoAccessibilityViolations } from "./support/axe";

test.use({ storageState: storageStateFor("admin") });

const suffix = () => Math.random().toString(36).slice(2, 8);
const csvFile = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

test("[partnership admin] a CSV import with a bad row is rejected whole, showing the row's problem", async ({ page }) => {
  const good = `Moss Side Food Bank ${suffix()}`;
  await page.goto("/admin/import");
  await expectNoAccessibilityViolations(page);
  await page.getByLabel("Organisations", { exact: true }).check();
  await page.getByLabel("CSV file").setInputFiles(csvFile("organisations.csv", `name,type\r\n${good},VCSE\r\nBroken Row Ltd,Castle\r\n`));
  await page.getByRole("button", { name: "Check file" }).click();

  await expect(page.getByRole("link", { name: /1 problem in 1 of 2 rows: nothing has been imported/ })).toBeVisible();
  const problems = page.getByRole("table", { name: /Problems in the file/ });
  await expect(problems.getByRole("row").nth(1)).toContainText("3");
  await expect(problems.getByRole("row").nth(1)).toContainText("type");
  await expect(problems.getByRole("row").nth(1)).toContainText('"Castle" is not a type of organisation');
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  // Not even the good row was written.
  await page.goto(`/admin/organisations?q=${encodeURIComponent(good)}`);
  await expect(page.getByRole("table", { name: "Member organisations (0)" })).toBeVisible();
});

test("[partnership admin] imports a good file all at once, following its progress", async ({ page }) => {
  const marker = suffix();
  const rows = Array.from({ length: 300 }, (_, i) => `Wythenshawe Community Group ${marker} ${i},"Voluntary, community and social enterprise"`);
  await page.goto("/admin/import");
  await page.getByLabel("Organisations", { exact: true }).check();
  await page.getByLabel("CSV file").setInputFiles(csvFile("organisations.csv", `Name,Type\n${rows.join("\n")}\n`));
  await page.getByRole("button", { name: "Check file" }).click();
  await expect(page.getByText("All 300 rows passed the checks. Nothing has been imported yet.")).toBeVisible();
  await expect(page.getByRole("table", { name: "The first 10 rows as read" })).toContainText(`Wythenshawe Community Group ${marker} 0`);
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "Import 300 organisations" }).click();
  await expect(page.getByText("300 organisations imported.")).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.goto(`/admin/organisations?q=${encodeURIComponent(`Wythenshawe Community Group ${marker}`)}`);
  await expect(page.getByRole("table", { name: "Member organisations (300)" })).toBeVisible();
});
