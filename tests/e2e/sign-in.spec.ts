import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";
import { admin, deactivatedWorker, lead, suspendedWorker, worker } from "./support/accounts";
import { query } from "./support/database";
import { expectSignedInAs, signIn, submitPassword } from "./support/sign-in";

test.describe("signing in and out", () => {
  test("[anyone] the sign-in page is accessible and every other page needs a session", async ({ page }) => {
    await page.goto("/work");
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to Golden Thread");
    await expectNoAccessibilityViolations(page);

    await page.goto("/admin/organisations");
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("[anyone] a wrong password gets one message that does not say which part was wrong", async ({ page }) => {
    await submitPassword(page, worker.email, "not-the-right-password");
    const summary = page.getByRole("heading", { name: "There is a problem" });
    await expect(summary).toBeVisible();
    await expect(page.getByRole("link", { name: "Email or password is incorrect" })).toBeVisible();
    await expect(page.getByLabel("Email address")).toHaveValue(worker.email);
    await expect(page.getByLabel("Email address")).toHaveAttribute("aria-invalid", "true");
    await expectNoAccessibilityViolations(page);
  });

  test("[anyone] an unknown account gets the same message as a wrong password", async ({ page }) => {
    await submitPassword(page, "nobody@demo.goldenthread.org.uk", "whatever-password");
    await expect(page.getByRole("link", { name: "Email or password is incorrect" })).toBeVisible();
  });

  test("[anyone] empty fields get a message at each field", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("link", { name: "Enter your email address" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Enter your password" })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });

  test("[frontline worker] a session past only its password reaches nothing but the code page", async ({ page }) => {
    await submitPassword(page, worker.email, worker.password);
    await expect(page).toHaveURL(/\/sign-in\/code$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Enter the code from your authenticator app");
    await expectNoAccessibilityViolations(page);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("link", { name: "Enter the 6-digit code from your authenticator app" })).toBeVisible();
    await page.getByLabel("Code", { exact: true }).fill("000000");
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page.getByRole("link", { name: /The code is not right/ })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    for (const path of ["/work", "/people", "/account", "/admin/users"]) {
      await page.goto(path);
      await expect(page, path).toHaveURL(/\/sign-in\/code$/);
    }
    const [aCase] = await query<{ id: string }>(`SELECT id FROM "SharedCase" LIMIT 1`);
    expect((await page.request.get(`/api/cases/${aCase.id}/export`, { maxRedirects: 0 })).status()).toBe(401);
    await page.getByRole("link", { name: "I cannot use my authenticator app" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Use a recovery code");
    await expectNoAccessibilityViolations(page);
  });

  test("[frontline worker] signs in, lands on My work, and signs out", async ({ page }) => {
    await signIn(page, worker.email, worker.password);
    await expect(page).toHaveURL("/work");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My work");
    await expectSignedInAs(page, worker.name);
    await expect(page.getByRole("banner")).toContainText("Manchester City Council");
    await expect(page.getByRole("banner")).toContainText("Frontline worker");
    await expectNoAccessibilityViolations(page);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in\?signed-out=1$/);
    await expect(page.getByRole("status")).toHaveText("You have signed out.");
    await page.goto("/work");
    await expect(page).toHaveURL(/\/sign-in$/);
  });

  test("[locality lead] signs in and lands on their places", async ({ page }) => {
    await signIn(page, lead.email, lead.password);
    await expect(page).toHaveURL("/places");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My places");
    await expectSignedInAs(page, lead.name);
    await expect(page.getByRole("banner")).toContainText("Locality lead");
  });

  test("[partnership admin] signs in and lands on organisations", async ({ page }) => {
    await signIn(page, admin.email, admin.password);
    await expect(page).toHaveURL("/admin/organisations");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Organisations");
    await expectSignedInAs(page, admin.name);
    await expect(page.getByRole("banner")).toContainText("Partnership admin");
  });

  test("[frontline worker] of a suspended organisation cannot sign in", async ({ page }) => {
    await submitPassword(page, suspendedWorker.email, suspendedWorker.password);
    await expect(page.getByRole("link", { name: "Email or password is incorrect" })).toBeVisible();
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test("[frontline worker] who has been deactivated cannot sign in", async ({ page }) => {
    await submitPassword(page, deactivatedWorker.email, deactivatedWorker.password);
    await expect(page.getByRole("link", { name: "Email or password is incorrect" })).toBeVisible();
  });
});
