// Information governance seen from the browser: admins never see case content; a case's lead
// organisation can see who has viewed it.
import { expect, test, type Page } from "@playwright/test";
import { expectNoAccessibilityViolations } from "./support/axe";
import { storageStateFor, worker } from "./support/accounts";
import { reauthenticate } from "./support/sign-in";
import { query } from "./support/database";
import { openNhsNumber } from "@/lib/people/nhs-number-field";

async function aManchesterCase() {
  const [row] = await query<{ id: string; given: string; family: string }>(
    `SELECT c.id, p."givenName" AS given, p."familyName" AS family FROM "SharedCase" c
     JOIN "Person" p ON p.id = c."personId" JOIN "User" u ON u.id = c."leadProfessionalId"
     WHERE u.email = $1 ORDER BY c.number LIMIT 1`,
    [worker.email],
  );
  return row;
}

type Item = { kind: string; text: string };

const months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** "1988-05-17" as the portal prints a date ("17 May 1988"), and as exports write it. */
const datesOf = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return [`${d} ${months[m - 1]} ${y}`, iso, `${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`];
};
const nhsOf = (digits: string) => [digits, `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`];

function personItems(p: { given: string; family: string; dob: string; nhs: string | null }): Item[] {
  return [
    { kind: "subject name", text: `${p.given} ${p.family}` },
    // Dates of birth before the partnership's own dates begin, so no organisation, agreement or audit date can match.
    ...(Number(p.dob.slice(0, 4)) < 2015 ? datesOf(p.dob).map((text) => ({ kind: "date of birth", text })) : []),
    ...(p.nhs ? nhsOf(p.nhs).map((text) => ({ kind: "NHS number", text })) : []),
  ];
}

/**
 * Case content from the demo database: people on cases (whose names are no staff member's), their
 * dates of birth and NHS numbers, and note text; and, for the check that the sample is printed as
 * the portal prints it, three of the Manchester worker's own cases with their newest note.
 */
async function caseContentSample() {
  const sealed = await query<{ id: string; given: string; family: string; dob: string; nhs: string | null }>(
    `SELECT p.id, p."givenName" AS given, p."familyName" AS family, to_char(p."dateOfBirth", 'YYYY-MM-DD') AS dob, p."nhsNumberCiphertext" AS nhs
     FROM "Person" p WHERE EXISTS (SELECT 1 FROM "SharedCase" c WHERE c."personId" = p.id)
       AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.name = p."givenName" || ' ' || p."familyName")
     ORDER BY md5(p.id::text) LIMIT 40`,
  );
  const notes = await query<{ body: string }>(`SELECT DISTINCT body FROM "CaseNote" WHERE length(body) >= 30 ORDER BY body LIMIT 200`);
  const ownSealed = await query<{ caseId: string; number: number; personId: string; given: string; family: string; dob: string; nhs: string | null; note: string }>(
    `SELECT c.id AS "caseId", c.number, p.id AS "personId", p."givenName" AS given, p."familyName" AS family, to_char(p."dateOfBirth", 'YYYY-MM-DD') AS dob, p."nhsNumberCiphertext" AS nhs,
       (SELECT n.body FROM "CaseNote" n WHERE n."caseId" = c.id AND (n.visibility = 'ALL_INVOLVED' OR n."authorOrganisationId" = u."organisationId")
        ORDER BY n."occurredAt" DESC, n."createdAt" DESC LIMIT 1) AS note
     FROM "SharedCase" c JOIN "Person" p ON p.id = c."personId" JOIN "User" u ON u.id = c."leadProfessionalId"
     WHERE u.email = $1 AND p."nhsNumberCiphertext" IS NOT NULL AND p."dateOfBirth" < DATE '2015-01-01'
       AND NOT EXISTS (SELECT 1 FROM "User" s WHERE s.name = p."givenName" || ' ' || p."familyName")
       AND EXISTS (SELECT 1 FROM "CaseNote" n WHERE n."caseId" = c.id AND n.visibility = 'ALL_INVOLVED')
     ORDER BY c.number DESC LIMIT 3`,
    [worker.email],
  );
  // NHS numbers are stored encrypted: opened here with this run's keys, as the portal opens them.
  const people = sealed.map((p) => ({ ...p, nhs: openNhsNumber(p.id, p.nhs) }));
  const own = ownSealed.map((c) => ({ ...c, nhs: openNhsNumber(c.personId, c.nhs) }));
  expect(people.length).toBe(40);
  expect(own.length).toBe(3);
  const onWorkersCase = own.map((c) => ({
    caseId: c.caseId,
    reference: `GT-${String(c.number).padStart(6, "0")}`,
    items: [
      { kind: "subject name", text: `${c.given} ${c.family}` },
      { kind: "date of birth", text: datesOf(c.dob)[0] },
      { kind: "NHS number", text: nhsOf(c.nhs ?? "")[1] },
      { kind: "note text", text: c.note },
    ],
  }));
  const spread = notes.filter((_, i) => i % Math.ceil(notes.length / 30) === 0);
  const items = [
    ...people.flatMap(personItems),
    ...spread.map((n) => ({ kind: "note text", text: n.body })),
    ...own.flatMap((c) => [...personItems(c), { kind: "note text", text: c.note }]),
  ];
  return { items, onWorkersCase };
}

/** Which sampled strings the page holds, in what it shows or anywhere in its HTML (data for scripts included). */
async function hitsIn(page: Page, items: Item[]): Promise<string[]> {
  const shown = await page.locator("body").innerText();
  const html = await page.content();
  return items.filter((item) => shown.includes(item.text) || html.includes(item.text)).map((item) => `${item.kind} "${item.text}"`);
}

/** A path with its record ids replaced: "/admin/users/:id/edit". */
const shapeOf = (path: string) => path.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, ":id");

async function adminMenu(page: Page): Promise<string[]> {
  await page.goto("/admin/organisations");
  const menu = page.getByRole("navigation", { name: "Partnership administration" });
  const hrefs = await menu.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  expect(hrefs.length).toBeGreaterThanOrEqual(8);
  return hrefs;
}

/** Admin pages the page links to (without query strings: filters and paging show the same page). */
async function adminLinks(page: Page): Promise<string[]> {
  const hrefs = await page.locator('a[href^="/admin/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return [...new Set(hrefs.map((href) => href.split(/[?#]/)[0]))];
}

/** Files the page offers to download (CSV exports). */
async function adminDownloads(page: Page): Promise<string[]> {
  const hrefs = await page.locator('a[href^="/api/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  return [...new Set(hrefs)];
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

  test("no admin page reachable from the admin menu shows a subject's name, date of birth, NHS number or case notes", async ({ page, browser }) => {
    test.setTimeout(300_000);
    const sample = await caseContentSample();
    // The sample is written as the portal prints it: the lead organisation's worker sees it on a case page.
    const workerPage = await (await browser.newContext({ storageState: storageStateFor("worker") })).newPage();
    for (const shown of sample.onWorkersCase) {
      await workerPage.goto(`/cases/${shown.caseId}`);
      expect(await hitsIn(workerPage, shown.items), `the worker's case page shows ${shown.items.map((i) => i.kind).join(", ")}`).toHaveLength(shown.items.length);
    }
    await workerPage.context().close();

    const hits: string[] = [];
    const visited: string[] = [];
    const queue = [...(await adminMenu(page))];
    const firstOfEach = new Set<string>();
    while (queue.length > 0) {
      const path = queue.shift() as string;
      if (visited.includes(path)) continue;
      visited.push(path);
      // The HTML as the server sent it is enough: the pages render on the server.
      const response = await page.goto(path, { waitUntil: "domcontentloaded" });
      expect(response?.status(), path).toBe(200);
      hits.push(...(await hitsIn(page, sample.items)).map((hit) => `${path}: ${hit}`));
      const onRecord = shapeOf(path) !== path;
      for (const next of await adminLinks(page)) {
        // Every page of the menu's sections, but of each list only its first record (with that record's own pages).
        const shape = shapeOf(next);
        const ownPage = onRecord && next.startsWith(`${path}/`);
        if (shape !== next && !ownPage && firstOfEach.has(shape)) continue;
        firstOfEach.add(shape);
        if (!visited.includes(next) && !queue.includes(next)) queue.push(next);
      }
      for (const file of await adminDownloads(page)) {
        if (visited.includes(file)) continue;
        visited.push(file);
        const download = await page.request.get(file);
        expect(download.status(), file).toBe(200);
        const text = await download.text();
        hits.push(...sample.items.filter((item) => text.includes(item.text)).map((item) => `${file}: ${item.kind} "${item.text}"`));
      }
    }

    // The access checker's answer, for a case whose subject is in the sample.
    await page.goto("/admin/access-check");
    await page.getByLabel("User's email address").fill(worker.email);
    await page.getByLabel("Case reference").fill(sample.onWorkersCase[0].reference);
    await page.getByRole("button", { name: "Check access" }).click();
    await expect(page.getByRole("table", { name: `Decisions for ${sample.onWorkersCase[0].reference}` })).toBeVisible();
    hits.push(...(await hitsIn(page, sample.items)).map((hit) => `access checker answer: ${hit}`));

    console.log(`Admin crawl: ${visited.length} pages and downloads, ${sample.items.length} sampled strings of case content`);
    expect(visited.filter((path) => /\/[0-9a-f-]{36}/.test(path)).length, "records visited").toBeGreaterThanOrEqual(6);
    expect(hits).toEqual([]);
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
