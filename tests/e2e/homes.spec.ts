// Each role's home shows its own content and passes axe.
import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";
import { storageStateFor } from "./support/accounts";

test.describe("[frontline worker] My work", () => {
  test.use({ storageState: storageStateFor("worker") });

  test("lists my open cases with their next action", async ({ page }) => {
    await page.goto("/work");
    const table = page.getByRole("table", { name: /Next action due soonest/ });
    await expect(table).toBeVisible();
    await expect(table.getByRole("row").nth(1)).toContainText(/GT-\d{6}/);
    await expectNoAccessibilityViolations(page);
  });

  test("opens the dashboard of their own team's neighbourhood from the menu", async ({ page }) => {
    await page.goto("/work");
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My neighbourhood" }).click();
    await expect(page).toHaveURL(/\/places\/(mine|[a-z-]+\/[a-z0-9-]+)$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test("cannot open the admin or places pages (404)", async ({ page }) => {
    const admin = await page.goto("/admin/organisations");
    expect(admin?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    const places = await page.goto("/places");
    expect(places?.status()).toBe(404);
  });
});

test.describe("[locality lead] My places", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("shows only the localities I lead, with suppressed small counts", async ({ page }) => {
    await page.goto("/places");
    await expect(page.getByRole("table", { name: "Bolton" })).toBeVisible();
    await expect(page.getByRole("table", { name: "Wigan" })).toHaveCount(0);
    await expect(page.getByText(/counts from 1 to 4 are shown as/)).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});

test.describe("[partnership admin] Organisations", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("lists member organisations of every status, with no case content", async ({ page }) => {
    await page.goto("/admin/organisations");
    const table = page.getByRole("table", { name: /Member organisations/ });
    await expect(table.getByRole("rowheader", { name: "Greater Manchester Police" })).toBeVisible();
    await expect(table).toContainText("Suspended");
    await expect(page.getByText(/GT-\d{6}/)).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });

  test("cannot open My work (404)", async ({ page }) => {
    const response = await page.goto("/work");
    expect(response?.status()).toBe(404);
  });
});
