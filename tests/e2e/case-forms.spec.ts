// Every case form, empty and after a submission with errors, passes axe and shows the GOV.UK
// error summary.
import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";
import { storageStateFor, worker } from "./support/accounts";
import { query } from "./support/database";

test.use({ storageState: storageStateFor("worker") });

const forms = [
  { path: "actions/new", heading: "Add an action", submit: "Add action", error: "Enter what needs to be done" },
  { path: "outcomes/new", heading: "Record an outcome", submit: "Record outcome", error: "Choose the outcome" },
  { path: "consent/new", heading: "Record a consent decision", submit: "Record consent decision", error: "Choose whether the person has consented to sharing" },
  { path: "status", heading: "Change status", submit: "Change status", error: "Choose the new status" },
  { path: "transfer", heading: "Transfer the lead", submit: "Ask for the transfer", error: "Choose what to transfer" },
];

for (const form of forms) {
  test(`[frontline worker] the "${form.heading}" form explains its errors accessibly`, async ({ page }) => {
    const [row] = await query<{ id: string }>(
      `SELECT c.id FROM "SharedCase" c JOIN "User" u ON u.id = c."leadProfessionalId"
       WHERE u.email = $1 AND c.status = 'ACTIVE' ORDER BY c.number DESC LIMIT 1`,
      [worker.email],
    );
    await page.goto(`/cases/${row.id}/${form.path}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(form.heading);
    await expectNoAccessibilityViolations(page);
    await page.getByRole("button", { name: form.submit }).click();
    await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
    await expect(page.getByRole("link", { name: form.error })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
}
