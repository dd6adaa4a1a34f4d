// Run after every other spec (its own Playwright project): it makes this machine's one address
// look like an attacker's, which would hold up other specs' sign-ins. 40 wrong passwords with a
// different forged X-Forwarded-For each are throttled all the same, the audit trail records the
// real address, and the real user still signs in from the device she signed in on before.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { demoPassword } from "../../prisma/seed/demo-accounts";
import { expectNoAccessibilityViolations } from "./support/axe";
import { query, userIdOf } from "./support/database";
import { signIn, submitPassword } from "./support/sign-in";

const victim = "lead.neighbourhood@demo.goldenthread.org.uk";

/** One password guess straight at Auth.js's credentials endpoint, as a script would send it. */
async function guess(request: APIRequestContext, attempt: number): Promise<string> {
  const forged = `203.0.113.${attempt}, 198.51.100.${attempt}`;
  const csrf = await (await request.get("/api/auth/csrf", { headers: { "X-Forwarded-For": forged } })).json();
  // A script sets any Origin it likes (the same-origin check stops other sites' pages, not
  // scripts): throttling is what must hold.
  const origin = new URL(test.info().project.use.baseURL ?? "").origin;
  const response = await request.post("/api/auth/callback/credentials", {
    headers: { "X-Forwarded-For": forged, Origin: origin },
    form: { email: victim, password: `guess-number-${attempt}`, csrfToken: csrf.csrfToken, callbackUrl: "/" },
    maxRedirects: 0,
  });
  return response.headers()["location"] ?? "";
}

test("[attacker] 40 wrong passwords with rotated X-Forwarded-For are throttled; the real user still signs in from her known device", async ({ browser, playwright }) => {
  test.setTimeout(240_000);
  // The real user has signed in on this browser before (it keeps a device cookie), then signed out.
  const known = await (await browser.newContext()).newPage();
  await signIn(known, victim, demoPassword);
  await expect(known).toHaveURL("/places");
  await known.getByRole("button", { name: "Sign out" }).click();
  const since = new Date();

  const attacker = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const outcomes: string[] = [];
  for (let attempt = 1; attempt <= 40; attempt += 1) outcomes.push(await guess(attacker, attempt));
  const throttled = outcomes.filter((location) => /code=throttled/.test(location)).length;
  expect(throttled, outcomes.join("\n")).toBeGreaterThanOrEqual(35);

  // The audit trail has the address the requests really came from, never the forged ones.
  const addresses = await query<{ ipAddress: string }>(
    `SELECT DISTINCT "ipAddress" FROM "AuditEvent" WHERE action = 'auth.sign-in' AND "recordId" = $1 AND at >= $2`,
    [await userIdOf(victim), since],
  );
  expect(addresses.map((a) => a.ipAddress)).toEqual(["127.0.0.1"]);

  // Someone else's browser with the right password is told to wait, in words.
  const stranger = await (await browser.newContext()).newPage();
  await submitPassword(stranger, victim, demoPassword);
  await expect(stranger.getByRole("link", { name: /^Too many attempts: try again in \d+ minutes?/ })).toBeVisible();
  await expectNoAccessibilityViolations(stranger);

  // The real user, on her known device, signs in.
  await signIn(known, victim, demoPassword);
  await expect(known).toHaveURL("/places");
});
