// The demo at Greater Manchester's volume, as a lead, a worker and an admin look at it: about
// 40,000 cases; a neighbourhood dashboard with most figures shown and trends over the chosen
// period; acceptance rates in the comparison; charts whose text never overlaps; a locality page
// that starts with its overview; an audit trail with the demo's history, in words.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "../../lib/domain/csv";
import { storageStateFor } from "./support/accounts";
import { expectNoAccessibilityViolations } from "./support/axe";
import { query, userIdOf } from "./support/database";

/** Pairs of text elements, in any chart on the page, whose boxes overlap (by more than a pixel). */
async function overlappingChartText(page: Page): Promise<string[]> {
  return page.locator("figure svg").evaluateAll((svgs) => {
    const found: string[] = [];
    for (const svg of svgs) {
      const boxes = [...svg.querySelectorAll("text")]
        .filter((t) => (t.textContent ?? "").trim() !== "")
        .map((t) => ({ text: t.textContent ?? "", r: t.getBoundingClientRect() }));
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i].r, boxes[j].r];
          const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (overlapX > 1 && overlapY > 1) found.push(`${boxes[i].text} / ${boxes[j].text}`);
        }
      }
    }
    return found;
  });
}

const hidden = (text: string) => /^(<5|\[c\])$/.test(text.trim());

test("[demo data] holds about 40,000 cases over two years", async () => {
  const [{ cases, months }] = await query<{ cases: number; months: number }>(
    `SELECT count(*)::int AS cases, count(DISTINCT date_trunc('month', "openedAt"))::int AS months FROM "SharedCase"`,
  );
  expect(cases).toBeGreaterThanOrEqual(38_000);
  expect(cases).toBeLessThanOrEqual(42_000);
  expect(months).toBeGreaterThanOrEqual(24);
});

test.describe("[locality lead] dashboards at the demo's volume", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("a neighbourhood shows most of its figures, with trends over the chosen period and the month in progress marked", async ({ page }) => {
    test.slow();
    await page.goto("/places/bolton");
    const first = page.getByRole("table", { name: /Neighbourhoods of Bolton compared/ }).locator("tbody tr th a").first();
    await first.click();
    await expect(page).toHaveURL(/\/places\/bolton\/bolton-/);

    const figures = await page.locator("#figures-heading ~ div dd").allInnerTexts();
    expect(figures.length).toBe(12);
    expect(figures.filter(hidden).length).toBeLessThanOrEqual(2);

    await page.getByText("Show the figures in “New cases, closed cases and referrals sent each month” as a table").click();
    const trend = page.getByRole("table", { name: /^New cases, closed cases and referrals sent each month/ });
    const months = await trend.locator("tbody th").allTextContents();
    const period = await page.getByLabel("From").inputValue();
    expect(months).toHaveLength(12);
    expect(months[0]).toBe(new Date(`${period}-01T00:00:00Z`).toLocaleString("en-GB", { month: "short", year: "numeric", timeZone: "UTC" }));
    expect(months[11]).toMatch(/\(so far\)$/);
    // Most months of new cases are shown (no more flat lines of hidden values).
    const newCases = await trend.locator("tbody tr td:nth-of-type(1)").allInnerTexts();
    expect(newCases.filter(hidden).length).toBeLessThanOrEqual(2);

    expect(await overlappingChartText(page)).toEqual([]);
    await expectNoAccessibilityViolations(page);

    // The monthly figures' download starts where the chosen period does.
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download the monthly figures (CSV)" }).click();
    const rows = parseCsv(await readFile(await (await downloading).path(), "utf8"));
    expect(rows[1][0]).toBe(months[0]);
    expect(rows).toHaveLength(13);
  });

  test("the locality page starts with its overview, reaches every section from its contents, and shows acceptance rates", async ({ page }) => {
    test.slow();
    await page.goto("/places/bolton");
    const contents = page.getByRole("navigation", { name: "Contents" });
    await expect(contents.getByRole("link")).toHaveText([
      "Key figures",
      "Map",
      "Compare neighbourhoods",
      "Trends",
      "Themes",
      "Referrals",
      "Outcomes",
      "How these figures are made",
    ]);
    // The overview (figures, map, comparison) comes before the detailed sections.
    const order = await page.locator("h2").allTextContents();
    expect(order.indexOf("Compare neighbourhoods")).toBeLessThan(order.indexOf("Trends"));
    expect(order.indexOf("Map")).toBeLessThan(order.indexOf("Trends"));
    await contents.getByRole("link", { name: "Referrals" }).click();
    await expect(page).toHaveURL(/#referrals-heading$/);

    const comparison = page.getByRole("table", { name: /Neighbourhoods of Bolton compared/ });
    const accepted = await comparison.locator("tbody tr").evaluateAll((rows) => {
      const headers = [...document.querySelectorAll("#neighbourhood-comparison thead th")].map((th) => th.textContent ?? "");
      const column = headers.findIndex((h) => h.startsWith("Accepted"));
      return rows.map((row) => row.children[column]?.textContent ?? "");
    });
    expect(accepted.length).toBeGreaterThanOrEqual(7);
    expect(accepted.filter((a) => /%$/.test(a)).length).toBe(accepted.length);
    // Wherever a figure is hidden, the table says what "[c]" means right under it.
    if ((await comparison.textContent())?.includes("[c]")) await expect(page.getByText(/“\[c\]” is hidden because/).first()).toBeVisible();
    expect(await overlappingChartText(page)).toEqual([]);
    await expectNoAccessibilityViolations(page);
  });
});

test.describe("[partnership admin] at the demo's volume", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("the partnership's charts have no overlapping text", async ({ page }) => {
    await page.goto("/places");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("All places");
    expect(await overlappingChartText(page)).toEqual([]);
  });

  test("the audit trail holds the demo's history, paged, with reasons and details in words", async ({ page }) => {
    await page.goto("/admin/audit?action=case.declineReferral");
    const table = page.getByRole("table", { name: /Audit events/ });
    await expect(table).toContainText("Declined a referral");
    await expect(table).toContainText(/Reason declined: [a-z]/);
    await expect(table).toContainText("their organisation holds a pending referral for the case");
    expect(await table.textContent()).not.toMatch(/[{}]/);
    await expect(page.getByRole("link", { name: /Next/ }).first()).toBeVisible();
    await expectNoAccessibilityViolations(page);
  });
});

test.describe("[frontline worker] case history at the demo's volume", () => {
  test.use({ storageState: storageStateFor("worker") });

  test("sees who has viewed one of their open cases", async ({ page }) => {
    const me = await userIdOf("worker.manchester@demo.goldenthread.org.uk");
    const [viewed] = await query<{ id: string }>(
      `SELECT c.id FROM "SharedCase" c WHERE c."leadProfessionalId" = $1 AND c.status <> 'CLOSED'
         AND EXISTS (SELECT 1 FROM "AuditEvent" a WHERE a."caseId" = c.id AND a.action = 'case.view')
       ORDER BY c.number LIMIT 1`,
      [me],
    );
    expect(viewed).toBeDefined();
    await page.goto(`/cases/${viewed.id}/access-log`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Who has viewed this case");
    await expect(page.getByRole("table").locator("tbody tr")).not.toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });
});
