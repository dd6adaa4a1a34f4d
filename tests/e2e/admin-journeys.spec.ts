// Partnership admin journeys checked from the other users' side: an organisation the admin
// suspends can no longer sign in, and ending a sharing agreement takes a shared case out of a
// partner's sight. Each test makes its own organisations, users and agreement through the
// admin pages, so it changes no demo data other tests rely on.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { admin as adminAccount, storageStateFor } from "./support/accounts";
import { expectNoAccessibilityViolations } from "./support/axe";
import { setPasswordLinkMailedTo } from "./support/mailbox";
import { reauthenticate, signIn, submitPassword, withFreshCode } from "./support/sign-in";

const suffix = () => Math.random().toString(36).slice(2, 8);
const password = "kettle harbour lantern";

async function adminPage(browser: Browser): Promise<Page> {
  return (await browser.newContext({ storageState: storageStateFor("admin") })).newPage();
}

async function fillDate(page: Page, legend: string | RegExp, date: Date) {
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(String(date.getDate()));
  await group.getByLabel("Month").fill(String(date.getMonth() + 1));
  await group.getByLabel("Year").fill(String(date.getFullYear()));
}

/** Invites an organisation and confirms its membership, through the admin pages. */
async function onboardOrganisation(admin: Page, name: string, type: string, check = false) {
  await admin.goto("/admin/organisations/new");
  await admin.getByLabel("Name").fill(name);
  await admin.getByLabel("Type of organisation").selectOption({ label: type });
  if (check) await expectNoAccessibilityViolations(admin);
  await admin.getByRole("button", { name: "Invite organisation" }).click();
  await expect(admin.getByRole("status")).toContainText("The organisation has been invited");
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText(name);
  if (check) await expectNoAccessibilityViolations(admin);
  await admin.getByRole("link", { name: "Confirm membership" }).click();
  if (check) await expectNoAccessibilityViolations(admin);
  await admin.getByRole("button", { name: "Confirm membership" }).click();
  await expect(admin.getByRole("status")).toContainText("membership is confirmed");
}

/** Everything the admin's browser receives while `act` runs: no set-password link may be among it. */
async function responsesDuring(admin: Page, act: () => Promise<void>): Promise<string[]> {
  const bodies: Promise<string>[] = [];
  const collect = (response: import("@playwright/test").Response) => {
    bodies.push(response.text().catch(() => ""));
  };
  admin.on("response", collect);
  await act();
  admin.off("response", collect);
  return Promise.all(bodies);
}

/** Adds a frontline worker: the admin is told where the link went, never the link; the worker's mail has it. */
async function addWorker(admin: Page, organisation: string, name: string, email: string, check = false): Promise<string> {
  await admin.goto("/admin/users/new");
  await admin.getByLabel("Full name").fill(name);
  await admin.getByLabel("Email address").fill(email);
  await admin.getByLabel("Job title (optional)").fill("Key Worker");
  await admin.getByLabel("Organisation", { exact: true }).selectOption({ label: organisation });
  const seen = await responsesDuring(admin, async () => {
    await admin.getByRole("button", { name: "Add user" }).click();
    await expect(admin.getByRole("heading", { name: "User added" })).toBeVisible();
  });
  await expect(admin.getByRole("status")).toContainText(`We have emailed a link to ${email.toLowerCase()}`);
  if (check) await expectNoAccessibilityViolations(admin);
  const link = await setPasswordLinkMailedTo(email);
  expect(link).toMatch(/^\/set-password\/[A-Za-z0-9_-]{43}$/);
  const token = link.split("/").at(-1) ?? "";
  for (const body of [...seen, await admin.content()]) expect(body).not.toContain(token);
  return link;
}

/** The new user follows their mailed link, chooses a password, signs in and sets up an authenticator app. */
async function firstSignIn(browser: Browser, link: string, email: string, check = false): Promise<{ page: Page; secret: string; recoveryCodes: string[] }> {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Choose your password");
  await page.getByLabel("New password").fill("password1234");
  await page.getByLabel("Type the password again").fill("password1234");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByRole("link", { name: /too easy to guess/ })).toBeVisible();
  if (check) await expectNoAccessibilityViolations(page);
  await page.getByLabel("New password").fill(password);
  await page.getByLabel("Type the password again").fill(password);
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByText("Your password is set.")).toBeVisible();
  await submitPassword(page, email, password);
  const { secret, recoveryCodes } = await setUpAuthenticator(page, email, check);
  return { page, secret, recoveryCodes };
}

/** After the password: the set-up page, a code from the typed key, the recovery codes, My work. */
async function setUpAuthenticator(page: Page, email: string, check = false): Promise<{ secret: string; recoveryCodes: string[] }> {
  await expect(page).toHaveURL(/\/sign-in\/set-up-authenticator$/);
  await expect(page.getByRole("img", { name: /QR code/ })).toBeVisible();
  await page.getByText("I cannot scan the QR code").click();
  const secret = (await page.getByTestId("typed-key").innerText()).replace(/\s/g, "");
  if (check) {
    await page.getByRole("button", { name: "Set up authenticator app" }).click();
    await expect(page.getByRole("link", { name: "Enter the 6-digit code from your authenticator app" })).toBeVisible();
    await expectNoAccessibilityViolations(page);
  }
  await withFreshCode(email, secret, async (code) => {
    await page.getByLabel("Enter the 6-digit code the app shows").fill(code);
    await page.getByRole("button", { name: "Set up authenticator app" }).click();
    await expect(page.getByRole("heading", { name: "Your authenticator app is set up" })).toBeVisible();
  });
  const recoveryCodes = await page.getByRole("list", { name: "Recovery codes" }).getByRole("listitem").allInnerTexts();
  expect(recoveryCodes).toHaveLength(10);
  if (check) await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "I have saved my recovery codes" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("My work");
  return { secret, recoveryCodes };
}

test("[partnership admin] adds and resets a worker without ever seeing a link: the worker's mail has it; recovery codes work once; deactivation ends a saved cookie", async ({ browser }) => {
  test.setTimeout(240_000);
  const admin = await adminPage(browser);
  const organisation = `Gorton Advice Centre ${suffix()}`;
  const email = `kim.${suffix()}@gorton.example.org`;
  await onboardOrganisation(admin, organisation, "Voluntary, community and social enterprise");
  const link = await addWorker(admin, organisation, "Kim Brearley", email);
  const { page: worker, secret, recoveryCodes } = await firstSignIn(browser, link, email, true);

  // A recovery code signs in once, and only once.
  await worker.getByRole("button", { name: "Sign out" }).click();
  for (const expected of ["My work", "refused"] as const) {
    await submitPassword(worker, email, password);
    await worker.getByRole("link", { name: "I cannot use my authenticator app" }).click();
    await worker.getByLabel("Recovery code").fill(recoveryCodes[0]);
    await worker.getByRole("button", { name: "Continue" }).click();
    if (expected === "My work") {
      await expect(worker.getByRole("heading", { level: 1 })).toHaveText("My work");
      await worker.getByRole("button", { name: "Sign out" }).click();
    } else {
      await expect(worker.getByRole("link", { name: "The recovery code is not right, or has already been used" })).toBeVisible();
      await expectNoAccessibilityViolations(worker);
    }
  }

  // The admin resets the password: the worker is told by email, the admin sees no link.
  await admin.goto("/admin/users?q=" + encodeURIComponent(email));
  await admin.getByRole("link", { name: "Kim Brearley" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Kim Brearley");
  const userPage = admin.url();
  await admin.getByRole("link", { name: "Reset password" }).click();
  const seen = await responsesDuring(admin, async () => {
    await admin.getByRole("button", { name: "Reset password" }).click();
    await expect(admin.getByRole("heading", { name: "Password reset" })).toBeVisible();
  });
  await expect(admin.getByRole("status")).toContainText(`We have emailed a link to ${email}`);
  await expectNoAccessibilityViolations(admin);
  const resetLink = await setPasswordLinkMailedTo(email);
  expect(resetLink).not.toBe(link);
  for (const body of [...seen, await admin.content()]) expect(body).not.toContain(resetLink.split("/").at(-1) ?? "");

  const again = await (await browser.newContext()).newPage();
  await again.goto(resetLink);
  await again.getByLabel("New password").fill(`${password} again`);
  await again.getByLabel("Type the password again").fill(`${password} again`);
  await again.getByRole("button", { name: "Set password" }).click();
  await expect(again.getByText("Your password is set.")).toBeVisible();
  await signIn(again, email, `${password} again`, { secret });
  await expect(again.getByRole("heading", { level: 1 })).toHaveText("My work");
  const beforeMfaReset = await again.context().storageState();

  // The admin resets the authenticator app (after confirming it is them): the worker is signed
  // out and must set up a new app at the next sign-in.
  await admin.goto(userPage);
  await admin.getByRole("link", { name: "Reset authenticator app" }).click();
  await expect(admin).toHaveURL(/\/re-authenticate\?return=/);
  await reauthenticate(admin, adminAccount, `/admin/users/${userPage.split("/").at(-1)}/reset-mfa`);
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Reset Kim Brearley's authenticator app?");
  await expectNoAccessibilityViolations(admin);
  await admin.getByRole("button", { name: "Reset authenticator app" }).click();
  await expect(admin.getByRole("status")).toContainText("authenticator app has been reset");
  const replayed = await (await browser.newContext({ storageState: beforeMfaReset })).newPage();
  await replayed.goto("/work");
  await expect(replayed).toHaveURL(/\/sign-in$/);
  await submitPassword(replayed, email, `${password} again`);
  await setUpAuthenticator(replayed, email);
  const saved = await replayed.context().storageState();

  // Deactivation: the cookie saved before it opens nothing.
  await admin.goto(userPage);
  await admin.getByRole("link", { name: "Deactivate" }).click();
  await admin.getByRole("button", { name: "Deactivate user" }).click();
  await expect(admin.getByRole("status")).toContainText("deactivated");
  const thief = await (await browser.newContext({ storageState: saved })).newPage();
  await thief.goto("/work");
  await expect(thief).toHaveURL(/\/sign-in$/);
});

test("[partnership admin] suspends an organisation: its signed-in user is signed out and can no longer sign in", async ({ browser }) => {
  test.setTimeout(120_000);
  const admin = await adminPage(browser);
  const organisation = `Ardwick Tenants Support ${suffix()}`;
  const email = `sam.${suffix()}@ardwick.example.org`;
  await onboardOrganisation(admin, organisation, "Voluntary, community and social enterprise", true);
  const link = await addWorker(admin, organisation, "Sam Whitworth", email, true);
  const { page: worker } = await firstSignIn(browser, link, email, true);

  // The link works once only.
  const again = await (await browser.newContext()).newPage();
  await again.goto(link);
  await expect(again.getByText(/This link has expired or has already been used/)).toBeVisible();

  await admin.goto("/admin/organisations");
  await admin.getByLabel("Name contains").fill(organisation);
  await admin.getByRole("button", { name: "Apply filters" }).click();
  await admin.getByRole("link", { name: organisation }).click();
  await admin.getByRole("link", { name: "Suspend" }).click();
  await admin.getByRole("button", { name: "Suspend" }).click();
  await expect(admin.getByRole("link", { name: "Enter why the organisation is suspended" })).toBeVisible();
  await expectNoAccessibilityViolations(admin);
  await admin.getByLabel("Why is the organisation being suspended?").fill("Information governance review");
  await admin.getByRole("button", { name: "Suspend" }).click();
  await expect(admin.getByRole("status")).toContainText("its users can no longer sign in");
  await expect(admin.getByRole("definition").filter({ hasText: /^Suspended$/ })).toBeVisible();

  // The worker's open session ends at their next click, and signing in again is refused.
  await worker.goto("/work");
  await expect(worker).toHaveURL(/\/sign-in$/);
  await submitPassword(worker, email, password);
  await expect(worker.getByRole("link", { name: "Email or password is incorrect" })).toBeVisible();
});

test("[partnership admin] ends an agreement: the partner organisation's worker loses access to a shared case", async ({ browser }) => {
  test.setTimeout(240_000);
  const admin = await adminPage(browser);
  const lead = `Longsight Housing Trust ${suffix()}`;
  const partner = `Levenshulme Wellbeing Service ${suffix()}`;
  const leadEmail = `lee.${suffix()}@longsight.example.org`;
  const partnerEmail = `pat.${suffix()}@levenshulme.example.org`;
  await onboardOrganisation(admin, lead, "Housing provider");
  await onboardOrganisation(admin, partner, "Mental health trust");
  const leadLink = await addWorker(admin, lead, "Lee Ashworth", leadEmail);
  const partnerLink = await addWorker(admin, partner, "Pat Kowalski", partnerEmail);

  // An agreement in force between the two, covering the case's themes.
  await admin.goto("/admin/agreements/new");
  const title = `Longsight and Levenshulme sharing ${suffix()}`;
  await admin.getByLabel("Title").fill(title);
  await admin.getByLabel("Purpose of the sharing").fill("Joined-up support for tenants with mental health needs.");
  await admin.getByLabel("Lawful basis").selectOption({ label: "Public task" });
  const parties = admin.getByRole("group", { name: "Parties to the agreement" });
  await parties.getByLabel(lead, { exact: true }).check();
  await parties.getByLabel(partner, { exact: true }).check();
  const themes = admin.getByRole("group", { name: "Themes covered" });
  await themes.getByLabel("Homelessness", { exact: true }).check();
  await themes.getByLabel("Mental health", { exact: true }).check();
  await fillDate(admin, "Start date", new Date());
  await admin.getByRole("radio", { name: /^In force/ }).check();
  await expectNoAccessibilityViolations(admin);
  await admin.getByRole("button", { name: "Save agreement" }).click();
  await expect(admin.getByRole("status")).toContainText("The agreement has been saved");
  const agreementUrl = new URL(admin.url()).pathname;
  await expectNoAccessibilityViolations(admin);

  // The lead organisation's worker opens a case and refers it to the partner.
  const { page: a } = await firstSignIn(browser, leadLink, leadEmail);
  const familyName = `Agreement${suffix()}`;
  await a.goto("/people");
  await a.getByLabel("Name, NHS number, postcode or date of birth").fill(`Robin ${familyName}`);
  await a.getByRole("button", { name: "Search" }).click();
  await a.getByRole("link", { name: "record a new person" }).click();
  await a.getByLabel("First name").fill("Robin");
  await a.getByLabel("Last name").fill(familyName);
  await fillDate(a, "Date of birth", new Date(1979, 9, 3));
  await a.getByRole("button", { name: "Continue" }).click();
  const manchester = await a.getByLabel("Neighbourhood").locator('optgroup[label="Manchester"] option').first().getAttribute("value");
  await a.getByLabel("Neighbourhood").selectOption(manchester ?? "");
  await a.getByRole("group", { name: "Themes" }).getByLabel("Homelessness").check();
  await a.getByRole("group", { name: "Themes" }).getByLabel("Mental health").check();
  await a.getByRole("group", { name: "Risk level" }).getByLabel("Medium", { exact: true }).check();
  await a.getByLabel("Consent given").check();
  await fillDate(a, "Date of the consent decision", new Date());
  await a.getByRole("button", { name: "Open shared case" }).click();
  await expect(a.getByRole("status")).toContainText("Shared case opened");
  const caseUrl = new URL(a.url()).pathname;
  await a.getByRole("link", { name: "Refer to another organisation" }).click();
  await a.getByLabel("Organisation to refer to").selectOption({ label: partner });
  await a.getByLabel("Reason for the referral").fill("Needs a mental health assessment before the tenancy review.");
  await a.getByRole("button", { name: "Send referral" }).click();
  await expect(a.getByRole("status")).toContainText("Referral sent");

  // The partner's worker accepts and can then open the case.
  const { page: b } = await firstSignIn(browser, partnerLink, partnerEmail);
  await b.getByRole("link", { name: `Robin ${familyName}` }).click();
  await b.getByRole("button", { name: "Accept referral" }).click();
  await expect(b.getByRole("status")).toContainText("Referral accepted");
  expect((await b.goto(caseUrl))?.status()).toBe(200);
  await expect(b.getByRole("heading", { level: 1 })).toHaveText(`Robin ${familyName}`);

  // The admin sees what ending would do — counts only — and ends it.
  await admin.goto(agreementUrl);
  await admin.getByRole("link", { name: "End agreement" }).click();
  const impact = admin.getByRole("table", { name: "Shared cases each party would stop seeing" });
  await expect(impact.getByRole("row", { name: new RegExp(partner) })).toContainText("1");
  await expect(admin.getByText(familyName)).toHaveCount(0);
  await expectNoAccessibilityViolations(admin);
  await admin.getByLabel("Why is the agreement ending?").fill("Service recommissioned");
  await admin.getByRole("button", { name: "End agreement" }).click();
  await expect(admin.getByRole("status")).toContainText("The agreement has ended");
  await expect(admin.getByRole("definition").filter({ hasText: /^Ended$/ })).toBeVisible();

  // The partner's worker can no longer open the case; the lead's still can.
  const response = await b.goto(caseUrl);
  expect(response?.status()).toBe(404);
  await expect(b.getByText(familyName)).toHaveCount(0);
  expect((await a.goto(caseUrl))?.status()).toBe(200);
});
