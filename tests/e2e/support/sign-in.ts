// Signing in, in end-to-end tests, always through here: the password, then a real code computed
// from the account's authenticator secret (the demo secret unless told). A code is accepted
// once per account, so the helper picks a step the server will accept and has not seen — after
// the last step it accepted, read from the database — holding a per-account advisory lock so
// two test workers signing in as one user never pick the same step. It never retries.
import { expect, type Page } from "@playwright/test";
import pg from "pg";
import { demoTotpSecret } from "../../../lib/auth/mfa/demo-totp-secret";
import { codeForStep, stepAt, totpPeriodSeconds } from "../../../lib/auth/mfa/totp";

export async function submitPassword(page: Page, email: string, password: string) {
  await page.goto("/sign-in");
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Runs `use` with a code for a step later than the last one accepted for this account. */
export async function withFreshCode(email: string, secret: string, use: (code: string) => Promise<void>): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock(hashtext($1))", [`totp:${email.toLowerCase()}`]);
    const { rows } = await client.query<{ lastUsedStep: number }>(
      `SELECT c."lastUsedStep" FROM "TotpCredential" c JOIN "User" u ON u.id = c."userId" WHERE u.email = $1`,
      [email.toLowerCase()],
    );
    const last = rows[0]?.lastUsedStep ?? 0;
    // The server accepts the current step and the next; if both are used, wait for the next step.
    const waitMs = (last - stepAt(new Date())) * totpPeriodSeconds * 1000;
    if (waitMs >= 0) await new Promise((resolve) => setTimeout(resolve, waitMs - (Date.now() % (totpPeriodSeconds * 1000)) + 250));
    const now = stepAt(new Date());
    await use(codeForStep(secret, now > last ? now : now + 1));
  } finally {
    await client.query("SELECT pg_advisory_unlock_all()").catch(() => {});
    await client.end();
  }
}

/** The second step: a fresh code on the "Enter the code" page. */
export async function enterCode(page: Page, email: string, secret: string = demoTotpSecret) {
  await expect(page).toHaveURL(/\/sign-in\/code$/);
  await withFreshCode(email, secret, async (code) => {
    await page.getByLabel("Code", { exact: true }).fill(code);
    await page.getByRole("button", { name: "Continue" }).click();
    await expect(page).not.toHaveURL(/\/sign-in\/code/);
  });
}

export async function signIn(page: Page, email: string, password: string, options: { secret?: string } = {}) {
  await submitPassword(page, email, password);
  await enterCode(page, email, options.secret ?? demoTotpSecret);
}

/** Confirms password and code on the re-authentication page, starting from `returnTo`. */
export async function reauthenticate(page: Page, account: { email: string; password: string }, returnTo: string, secret: string = demoTotpSecret) {
  await page.goto(`/re-authenticate?return=${encodeURIComponent(returnTo)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm it is you");
  await page.getByLabel("Password").fill(account.password);
  await withFreshCode(account.email, secret, async (code) => {
    await page.getByLabel("Code from your authenticator app").fill(code);
    await page.getByRole("button", { name: "Confirm and continue" }).click();
    await expect(page).not.toHaveURL(/\/re-authenticate/);
  });
}

export async function expectSignedInAs(page: Page, name: string) {
  await expect(page.getByRole("banner")).toContainText(name);
}
