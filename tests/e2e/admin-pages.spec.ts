// Every admin section, as a new admin would use it: lists, records, forms with their errors,
// the boundary map and a bad boundary file, the audit trail and its export, the access checker.
// axe checks each page visited. Nothing here changes demo data that other tests rely on.
import { expect, test, type Page } from "@playwright/test";
import { admin, storageStateFor, worker } from "./support/accounts";
import { reauthenticate, signIn } from "./support/sign-in";
import { expectNoAccessibilityViolations } from "./support/axe";
import { query } from "./support/database";

test.use({ storageState: storageStateFor("admin") });

const suffix = () => Math.random().toString(36).slice(2, 8);

async function visit(page: Page, path: string, heading: string | RegExp) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
  await expectNoAccessibilityViolations(page);
}

test("[partnership admin] organisations can be searched and filtered, and an organisation shows its people and case involvement as counts", async ({ page }) => {
  await visit(page, "/admin/organisations?status=SUSPENDED", "Organisations");
  const table = page.getByRole("table", { name: /Member organisations/ });
  await expect(table.getByRole("rowheader", { name: "Northside Community Support CIC" })).toBeVisible();
  await expect(table).not.toContainText("Active");
  await page.getByLabel("Status").selectOption("");
  await page.getByLabel("Type").selectOption({ label: "Police" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/type=POLICE/);
  await page.getByRole("link", { name: "Greater Manchester Police" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Greater Manchester Police");
  await expect(page.getByRole("heading", { name: "Involvement in shared cases" })).toBeVisible();
  await expect(page.getByText(/GT-\d{6}/)).toHaveCount(0);
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: "Change name or type" }).click();
  await expectNoAccessibilityViolations(page);
});

test("[partnership admin] users: a duplicate email address gets a clear error, what was typed is kept", async ({ page }) => {
  await visit(page, "/admin/users?role=LOCALITY_LEAD", "Users");
  await expect(page.getByRole("table", { name: /Users/ })).toContainText("Daniel Okafor");
  await page.getByRole("link", { name: "Daniel Okafor" }).click();
  await expect(page.getByRole("table", { name: "Roles" })).toContainText("(neighbourhood)");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: "Change roles" }).click();
  await expectNoAccessibilityViolations(page);

  await page.goto("/admin/users/new");
  await page.getByLabel("Full name").fill("Aisha Rahman Again");
  await page.getByLabel("Email address").fill(worker.email.toUpperCase());
  await page.getByRole("checkbox", { name: /^Locality lead/ }).check();
  await page.getByRole("button", { name: "Add user" }).click();
  await expect(page.getByRole("link", { name: "A user with this email address already exists" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Select the user's organisation" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Select the localities or neighbourhoods the locality lead leads" })).toBeVisible();
  await expect(page.getByLabel("Full name")).toHaveValue("Aisha Rahman Again");
  await expectNoAccessibilityViolations(page);
});

test("[partnership admin] geography: neighbourhoods flag populations outside the model and show their boundary; a bad boundary file is refused", async ({ page }) => {
  await visit(page, "/admin/geography", "Geography");
  await page.getByRole("link", { name: "Manchester", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Manchester");
  await expectNoAccessibilityViolations(page);
  await page.getByRole("link", { name: "Ancoats, Clayton and Bradford" }).click();
  await expect(page.getByRole("img", { name: "Map of the boundary of Ancoats, Clayton and Bradford" })).toBeVisible();
  await expectNoAccessibilityViolations(page);

  const londonSquare = [[-0.13, 51.5], [-0.12, 51.5], [-0.12, 51.51], [-0.13, 51.5]];
  await page.getByLabel("Upload a boundary").setInputFiles({
    name: "london.geojson",
    mimeType: "application/geo+json",
    buffer: Buffer.from(JSON.stringify({ type: "Polygon", coordinates: [londonSquare] })),
  });
  await page.getByRole("button", { name: "Upload boundary" }).click();
  await expect(page.getByRole("link", { name: /The boundary is not in Greater Manchester/ })).toBeVisible();
  await page.getByLabel("Upload a boundary").setInputFiles({ name: "points.geojson", mimeType: "application/geo+json", buffer: Buffer.from('{"type":"Point","coordinates":[-2.2,53.4]}') });
  await page.getByRole("button", { name: "Upload boundary" }).click();
  await expect(page.getByRole("link", { name: "The file holds a Point: a boundary must be a Polygon or MultiPolygon" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await expect(page.getByRole("img", { name: /Map of the boundary/ })).toBeVisible();

  await page.getByRole("link", { name: "Change details or wards" }).click();
  await expect(page.getByRole("group", { name: "Wards covered" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("[partnership admin] teams: a new co-located team shows one workforce across agencies", async ({ page }) => {
  await visit(page, "/admin/teams", "Co-located teams");
  await page.getByRole("link", { name: "Add a team" }).click();
  await page.getByRole("button", { name: "Add team" }).click();
  await expect(page.getByRole("link", { name: "Enter the team's name" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  const name = `Gorton Hub ${suffix()}`;
  await page.getByLabel("Team name").fill(name);
  const gorton = await page.getByLabel("Neighbourhood served").locator("option", { hasText: /^Manchester: Gorton/ }).first().getAttribute("value");
  await page.getByLabel("Neighbourhood served").selectOption(gorton ?? "");
  await page.getByLabel("Base address").fill("Gorton Hub, 2 Garratt Way, Manchester M18 8HE");
  await page.getByRole("button", { name: "Add team" }).click();
  await expect(page.getByRole("status")).toContainText("The team has been added");

  // Generated staff, not the demo sign-ins other tests follow (a team decides a worker's home dashboard).
  const staff = await query<{ email: string; name: string; jobTitle: string; organisation: string }>(
    `SELECT DISTINCT ON (o.name) u.email, u.name, u."jobTitle", o.name AS organisation FROM "User" u JOIN "Organisation" o ON o.id = u."organisationId"
     WHERE o.name IN ('Greater Manchester Police', 'Manchester City Council') AND u."deactivatedAt" IS NULL AND u."jobTitle" IS NOT NULL
       AND u.email NOT LIKE '%@demo.goldenthread.org.uk' ORDER BY o.name, u.email`,
  );
  expect(staff).toHaveLength(2);
  for (const [i, person] of staff.entries()) {
    await page.getByLabel("Email address of the person").fill(person.email.toUpperCase());
    await page.getByLabel("Role in the team (optional)").fill(i === 0 ? "Team leader" : "");
    await page.getByRole("button", { name: "Add to team" }).click();
    await expect(page.getByRole("link", { name: person.name })).toBeVisible();
  }
  await expect(page.getByRole("table", { name: new RegExp(staff[0].organisation) })).toContainText("Team leader");
  await expect(page.getByRole("table", { name: new RegExp(staff[1].organisation) })).toContainText(staff[1].jobTitle);
  await expect(page.getByText("2 from 2 organisations")).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("[partnership admin] agreements: the list shows derived statuses, and an agreement its parties and themes", async ({ page }) => {
  await visit(page, "/admin/agreements", "Information-sharing agreements");
  const all = page.getByRole("table", { name: /All agreements/ });
  await expect(all.getByRole("row", { name: /Stockport early help pilot/ })).toContainText("Expired");
  await expect(all.getByRole("row", { name: /Bury tenancy sustainment/ })).toContainText("Ended");
  await page.getByRole("link", { name: /ISA-\d{4}-\d{3}/ }).first().click();
  await expect(page.getByText("Lawful basis")).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.goto("/admin/agreements/new");
  await page.getByRole("button", { name: "Save agreement" }).click();
  await expect(page.getByRole("link", { name: "Select at least two organisations" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("[partnership admin] the audit trail filters, pages and exports (the export itself audited), never naming a case's subject", async ({ browser }) => {
  // A session of its own: the shared admin session may have re-authenticated in another spec.
  const page = await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage();
  await signIn(page, admin.email, admin.password);
  const adminEmail = encodeURIComponent(admin.email);
  await visit(page, `/admin/audit?user=${adminEmail}&action=auth.sign-in`, "Audit trail");
  await expect(page.getByRole("table", { name: /Audit events/ })).toContainText("auth.sign-in");
  const link = page.getByRole("link", { name: /Download these .* events as CSV/ });
  const href = (await link.getAttribute("href")) ?? "";
  // The trail names people: the download needs a fresh password and code first.
  const first = await page.request.get(href, { maxRedirects: 0 });
  expect(first.status()).toBe(303);
  expect(first.headers()["location"]).toMatch(/^\/re-authenticate\?return=%2Fapi%2Fadmin%2Faudit%2Fexport/);
  await reauthenticate(page, admin, `/admin/audit?user=${adminEmail}&action=auth.sign-in`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Audit trail");
  const response = await page.request.get(href);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/csv");
  expect(await response.text()).toMatch(/^When \(UTC\),User,User email/);
  await page.goto(`/admin/audit?user=${adminEmail}&action=admin.audit.export`);
  await expect(page.getByRole("table", { name: /Audit events/ })).toContainText("admin.audit.export");

  await page.getByRole("group", { name: "From" }).getByLabel("Day").fill("31");
  await page.getByRole("group", { name: "From" }).getByLabel("Month").fill("2");
  await page.getByRole("group", { name: "From" }).getByLabel("Year").fill("2026");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page.getByRole("link", { name: "From date must be a real date" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
});

test("[partnership admin] the access checker explains a decision with the policy's reasons, audited, without case content", async ({ page }) => {
  const [row] = await query<{ number: number; familyName: string }>(
    `SELECT c.number, p."familyName" FROM "SharedCase" c JOIN "User" u ON u.id = c."leadProfessionalId" JOIN "Person" p ON p.id = c."personId"
     WHERE u.email = $1 ORDER BY c.number LIMIT 1`,
    [worker.email],
  );
  const reference = `GT-${String(row.number).padStart(6, "0")}`;
  await visit(page, "/admin/access-check", "Access checker");
  await page.getByRole("button", { name: "Check access" }).click();
  await expect(page.getByRole("link", { name: "Enter the email address" })).toBeVisible();
  await expectNoAccessibilityViolations(page);
  await page.getByLabel("User's email address").fill(worker.email);
  await page.getByLabel("Case reference").fill(reference);
  await page.getByRole("button", { name: "Check access" }).click();
  const decisions = page.getByRole("table", { name: `Decisions for ${reference}` });
  await expect(decisions.getByRole("row", { name: /See the case record/ })).toContainText("Allowed");
  await expect(decisions).toContainText("their organisation is the case's lead organisation");
  await expect(page.getByText(row.familyName)).toHaveCount(0);
  await expectNoAccessibilityViolations(page);

  await page.goto(`/admin/audit?action=admin.access-check&record=${reference}`);
  await expect(page.getByRole("table", { name: /Audit events/ })).toContainText(reference);
});

test("[frontline worker] cannot open any admin page or admin endpoint (404)", async ({ browser }) => {
  const page = await (await browser.newContext({ storageState: storageStateFor("worker") })).newPage();
  for (const path of ["/admin/users", "/admin/agreements", "/admin/audit", "/admin/import", "/admin/access-check"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  expect((await page.request.get("/api/admin/audit/export")).status()).toBe(404);
  // Sent as the portal's own page would send it, so the refusal is the permission's (404), not the origin check's (403).
  const preview = await page.request.post("/api/admin/import/preview", {
    headers: { Origin: new URL(page.url()).origin },
    data: { kind: "organisations", csv: "name,type\r\nx,VCSE\r\n" },
  });
  expect(preview.status()).toBe(404);
});
