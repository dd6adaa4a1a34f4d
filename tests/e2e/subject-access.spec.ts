// Subject access requests: the data-protection officer logs a request about a person held across
// organisations, withholds a note with a reason, confirms their password and a code, and the
// response shows every other note and not the withheld one. Each page is checked with axe.
import { randomUUID } from "node:crypto";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";
import { dataProtectionOfficer } from "./support/accounts";
import { query } from "./support/database";
import { reauthenticate, signIn } from "./support/sign-in";

async function look(page: Page, name: string) {
  await page.screenshot({ path: `test-results/subject-access-${name}.png`, fullPage: true });
}

/** A person with two cases and a name no one else has, with three notes of this run's own on a case. */
async function aPersonWithUniqueNotes() {
  const [person] = await query<{ id: string; given: string; family: string; case_id: string }>(
    `SELECT p.id, p."givenName" AS given, p."familyName" AS family, min(c.id::text) AS case_id
     FROM "Person" p JOIN "SharedCase" c ON c."personId" = p.id
     WHERE NOT EXISTS (SELECT 1 FROM "SubjectAccessRequest" r WHERE r."personId" = p.id)
       AND (SELECT count(*) FROM "Person" q WHERE q."givenName" = p."givenName" AND q."familyName" = p."familyName") = 1
     GROUP BY p.id HAVING count(*) >= 2 ORDER BY p.id LIMIT 1`,
  );
  if (!person) throw new Error("the demo data has no person with two cases and a unique name");
  const run = randomUUID().slice(0, 8);
  const [author] = await query<{ id: string; organisationId: string }>(
    `SELECT u.id, u."organisationId" FROM "User" u JOIN "SharedCase" c ON c."leadProfessionalId" = u.id WHERE c.id = $1`,
    [person.case_id],
  );
  const notes = {
    shared: `Visited at home ${run}: tenancy support agreed`,
    own: `Internal only ${run}: safeguarding discussion`,
    thirdParty: `Neighbour ${run} named Sam Jones reported noise`,
  };
  for (const [body, visibility] of [[notes.shared, "ALL_INVOLVED"], [notes.own, "OWN_ORGANISATION"], [notes.thirdParty, "OWN_ORGANISATION"]] as const) {
    await query(
      `INSERT INTO "CaseNote" ("caseId", "authorId", "authorOrganisationId", kind, visibility, "occurredAt", body) VALUES ($1, $2, $3, 'NOTE', $4::"NoteVisibility", now(), $5)`,
      [person.case_id, author.id, author.organisationId, visibility, body],
    );
  }
  return { ...person, name: `${person.given} ${person.family}`, notes };
}

test("[data-protection officer] logs a request, withholds a note with a reason, re-authenticates, and the response holds every other note", async ({ page }) => {
  test.setTimeout(240_000);
  const person = await aPersonWithUniqueNotes();

  await signIn(page, dataProtectionOfficer.email, dataProtectionOfficer.password);
  await expect(page).toHaveURL(/\/records$/, { timeout: 60_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Subject access requests");
  const register = page.getByRole("table", { name: /^Requests \(/ });
  await expect(register).toBeVisible();
  await expect(register.getByText("Overdue", { exact: true })).toBeVisible();
  await look(page, "register");
  await expectNoAccessibilityViolations(page);

  await page.getByRole("link", { name: "Log a request" }).click();
  await page.getByLabel("Name of the person the request is about").fill(person.name);
  await page.getByRole("button", { name: "Find the person" }).click();
  // Submitting with nothing chosen shows the errors, linked to their fields.
  await page.getByRole("button", { name: "Log the request" }).click();
  await expect(page.getByRole("heading", { name: "There is a problem" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Choose the person the request is about" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  await page.getByRole("radio", { name: person.name }).check();
  const today = new Date();
  await page.getByLabel("Day").fill(String(today.getUTCDate()));
  await page.getByLabel("Month").fill(String(today.getUTCMonth() + 1));
  await page.getByLabel("Year").fill(String(today.getUTCFullYear()));
  await page.getByLabel("Who checked the requester's identity").fill("Front desk");
  await page.getByLabel("How their identity was checked").fill("Passport seen");
  await look(page, "log");
  await page.getByRole("button", { name: "Log the request" }).click();

  await expect(page.getByText("Request logged")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(person.name);
  const requestUrl = new URL(page.url());
  const requestPath = requestUrl.pathname;
  const notes = page.getByRole("region", { name: /^Notes and contacts/ });
  for (const body of Object.values(person.notes)) await expect(notes.getByText(body)).toBeVisible();
  await look(page, "review");
  await expectNoAccessibilityViolations(page);

  const thirdParty = notes.getByRole("listitem").filter({ hasText: person.notes.thirdParty });
  await thirdParty.getByLabel(/^Reason to withhold/).fill("Third-party data: a neighbour's name");
  await thirdParty.getByRole("button", { name: /^Withhold/ }).click();
  await expect(page.getByText("Item withheld from the response")).toBeVisible();
  await expect(notes.getByRole("listitem").filter({ hasText: person.notes.thirdParty }).getByText("Third-party data: a neighbour's name")).toBeVisible();

  // Producing the response asks for the password and a code again.
  await page.getByRole("link", { name: "Produce the response document" }).click();
  await expect(page).toHaveURL(/\/re-authenticate\?return=/);
  await reauthenticate(page, dataProtectionOfficer, `${requestPath}/respond`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Produce the response");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("button", { name: "Produce the response" }).click();

  await expect(page).toHaveURL(new RegExp(`${requestPath}/response$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Information held about ${person.name}`);
  const document = page.getByRole("article");
  await expect(document.getByText(person.notes.shared)).toBeVisible();
  await expect(document.getByText(person.notes.own)).toBeVisible();
  await expect(document.getByText(person.notes.thirdParty)).toHaveCount(0);
  await expect(document.getByText("Sam Jones")).toHaveCount(0);
  await expect(document.getByText("Withheld: 1 item — Third-party data: a neighbour's name")).toBeVisible();
  await look(page, "response");
  await expectNoAccessibilityViolations(page);

  const [request] = await query<{ status: string; exports: string }>(
    `SELECT r.status, (SELECT count(*) FROM "AuditEvent" a WHERE a.action = 'sar.export' AND a.details->>'requestId' = r.id::text)::text AS exports
     FROM "SubjectAccessRequest" r WHERE r.id = $1`,
    [requestPath.split("/").at(-1)],
  );
  expect(request).toEqual({ status: "RESPONDED", exports: "1" });
});
