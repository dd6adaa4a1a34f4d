// Information governance seen from the browser: admins never see case content; a case's lead
// organisation can see who has viewed it.
import { expect, test } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";
import { storageStateFor, worker } from "./support/accounts";
import { reauthenticate } from "./support/sign-in";
import { query } from "./support/database";

async function aManchesterCase() {
  const [row] = await query<{ id: string; given: string; family: string }>(
    `SELECT c.id, p."givenName" AS given, p."familyName" AS family FROM "SharedCase" c
     JOIN "Person" p ON p.id = c."personId" JOIN "User" u ON u.id = c."leadProfessionalId"
     WHERE u.email = $1 ORDER BY c.number LIMIT 1`,
    [worker.email],
  );
  return row;
}

test.describe("[partnership admin] sees no case content anywhere", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("case pages, exports, search and worker pages all answer 404", async ({ page }) => {
    const sharedCase = await aManchesterCase();
    for (const path of [`/cases/${sharedCase.id}`, `/cases/${sharedCase.id}/edit`, "/work", "/people", "/people/new"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      await expect(page.getByText(sharedCase.family)).toHaveCount(0);
    }
    expect((await page.request.get(`/api/cases/${sharedCase.id}/export`)).status()).toBe(404);
    const denied = await query<{ n: string }>(
      `SELECT count(*) AS n FROM "AuditEvent" WHERE "caseId" = $1 AND outcome = 'DENIED' AND 'PARTNERSHIP_ADMIN' = ANY("actorRoles")`,
      [sharedCase.id],
    );
    expect(Number(denied[0].n)).toBeGreaterThanOrEqual(2);
  });

  test("the admin pages show no subject names", async ({ page }) => {
    const sharedCase = await aManchesterCase();
    await page.goto("/admin/organisations");
    await expect(page.getByText(sharedCase.family)).toHaveCount(0);
  });
});

test.describe("[frontline worker] of the lead organisation", () => {
  test.use({ storageState: storageStateFor("worker") });

  test("sees who has viewed the case, including refused attempts", async ({ page }) => {
    const sharedCase = await aManchesterCase();
    await page.goto(`/cases/${sharedCase.id}`);
    await page.getByRole("link", { name: "Who has viewed this case" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who has viewed this case");
    await expect(page.getByRole("table")).toContainText("Opened the case");
    await expectNoAccessibilityViolations(page);
  });

  test("exports the case only after confirming password and code, on an accessible page that returns to the export", async ({ page }) => {
    const sharedCase = await aManchesterCase();
    const exportPath = `/api/cases/${sharedCase.id}/export`;
    const first = await page.request.get(exportPath, { maxRedirects: 0 });
    expect(first.status()).toBe(303);
    await page.goto(first.headers()["location"]);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm it is you");
    await page.getByRole("button", { name: "Confirm and continue" }).click();
    await expect(page.getByRole("link", { name: "Enter your password" })).toBeVisible();
    await expectNoAccessibilityViolations(page);
    await page.getByLabel("Password").fill("not-my-password");
    await page.getByLabel("Code from your authenticator app").fill("000000");
    await page.getByRole("button", { name: "Confirm and continue" }).click();
    await expect(page.getByRole("link", { name: "The password is not right" })).toBeVisible();
    expect((await page.request.get(exportPath, { maxRedirects: 0 })).status()).toBe(303);

    await reauthenticate(page, worker, `/cases/${sharedCase.id}`);
    await expect(page).toHaveURL(`/cases/${sharedCase.id}`);
    const exported = await page.request.get(exportPath, { maxRedirects: 0 });
    expect(exported.status()).toBe(200);
    expect(await exported.json()).toMatchObject({ person: { familyName: sharedCase.family } });
  });

  test("sees the case page with its chronology, accessibly", async ({ page }) => {
    const sharedCase = await aManchesterCase();
    await page.goto(`/cases/${sharedCase.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${sharedCase.given} ${sharedCase.family}`);
    await expect(page.getByRole("heading", { name: /Chronology/ })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});
