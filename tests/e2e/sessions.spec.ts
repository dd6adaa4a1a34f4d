// Sessions end on the server: a cookie saved before signing out (or before "sign out everywhere")
// opens nothing afterwards. Every demo user passes a real TOTP step. Uses the Manchester locality
// lead, whom no other spec signs in, so ending her sessions disturbs nothing else.
import { expect, test, type Browser } from "@playwright/test";
import { homeByRole } from "../../lib/auth/roles";
import { demoAccounts, demoPassword } from "../../prisma/seed/demo-accounts";
import { expectNoAccessibilityViolations } from "./support/axe";
import { query, userIdOf } from "./support/database";
import { expectSignedInAs, signIn } from "./support/sign-in";

const lead = demoAccounts.find((a) => a.email === "lead.manchester@demo.goldenthread.org.uk")!;

async function signedInContext(browser: Browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, lead.email, demoPassword);
  await expect(page).toHaveURL("/places");
  return { context, page };
}

/** Opens pages with a copy of the cookies saved earlier, as someone who copied them would. */
async function replay(browser: Browser, saved: Awaited<ReturnType<import("@playwright/test").BrowserContext["storageState"]>>) {
  const thief = await (await browser.newContext({ storageState: saved })).newPage();
  for (const path of ["/places", "/account"]) {
    await thief.goto(path);
    await expect(thief, path).toHaveURL(/\/sign-in$/);
  }
  const [aCase] = await query<{ id: string }>(`SELECT id FROM "SharedCase" LIMIT 1`);
  expect((await thief.request.get(`/api/cases/${aCase.id}/export`, { maxRedirects: 0 })).status()).toBe(401);
}

test.describe.configure({ mode: "serial" });

test("[every demo user] signs in with password and a real code from the demo authenticator", async ({ browser }) => {
  test.setTimeout(240_000);
  for (const account of demoAccounts.filter((a) => !/suspended|deactivated/.test(a.email))) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, account.email, demoPassword);
    await expect(page, account.email).toHaveURL(homeByRole[account.role]);
    await expectSignedInAs(page, account.name);
    await context.close();
  }
});

test("[locality lead] a cookie saved before signing out gets the sign-in page afterwards", async ({ browser }) => {
  const { context, page } = await signedInContext(browser);
  const saved = await context.storageState();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signed-out=1$/);
  await replay(browser, saved);
});

test("[locality lead] lists her sessions and signs out everywhere else: the other device's saved cookie stops working", async ({ browser }) => {
  const first = await signedInContext(browser);
  const saved = await first.context.storageState();
  const second = await signedInContext(browser);
  await second.page.getByRole("link", { name: "Your account" }).click();
  await expect(second.page.getByRole("heading", { level: 1 })).toHaveText("Your account");
  const sessions = second.page.getByRole("table", { name: "Where you are signed in" });
  await expect(sessions).toContainText("This device");
  await expect(sessions).toContainText("127.0.0.1");
  await expect(sessions.getByRole("button", { name: /^Sign out/ }).first()).toBeVisible();
  await expectNoAccessibilityViolations(second.page);
  await second.page.getByRole("button", { name: "Sign out everywhere else" }).click();
  await expect(second.page.getByRole("status")).toContainText("You have been signed out everywhere else");
  await expect(sessions.getByRole("button", { name: /^Sign out/ })).toHaveCount(0);
  await replay(browser, saved);
  // This device carries on.
  await second.page.goto("/places");
  await expect(second.page).toHaveURL("/places");
});

test("[locality lead] is warned a few minutes before the idle limit, accessibly, and can stay signed in", async ({ browser }) => {
  const { page } = await signedInContext(browser);
  // As after 26 idle minutes: the newest session has 4 minutes left (and was just seen, so a
  // page load does not count as new activity).
  const latest = `SELECT id FROM "UserSession" WHERE "userId" = $1 AND "revokedAt" IS NULL ORDER BY "createdAt" DESC LIMIT 1`;
  const userId = await userIdOf(lead.email);
  await query(`UPDATE "UserSession" SET "idleExpiresAt" = now() + interval '4 minutes', "lastSeenAt" = now() WHERE id = (${latest})`, [userId]);
  await page.goto("/places");
  const dialog = page.getByRole("dialog", { name: "You will be signed out soon" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(/We will sign you out in [34] minutes/);
  await expect(dialog.getByRole("button", { name: "Stay signed in" })).toBeFocused();
  await expectNoAccessibilityViolations(page);
  await dialog.getByRole("button", { name: "Stay signed in" }).click();
  await expect(dialog).toBeHidden();
  const [row] = await query<{ minutes: number }>(`SELECT EXTRACT(EPOCH FROM ("idleExpiresAt" - now())) / 60 AS minutes FROM "UserSession" WHERE id = (${latest})`, [userId]);
  expect(Number(row.minutes)).toBeGreaterThan(25);
});
