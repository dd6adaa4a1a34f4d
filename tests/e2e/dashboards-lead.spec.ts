// Place dashboards, end to end on the demo data: a locality lead's journey from their places to a
// locality, ranking its neighbourhoods, into a neighbourhood from the map, and out as CSV.
import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { parseCsv } from "../../lib/domain/csv";
import { expectNoAccessibilityViolations } from "./support/axe";
import { storageStateFor } from "./support/accounts";

/** Every count on the page or in an export is 0, 5 or more, "<5" or "[c]": never 1 to 4. */
function smallCounts(cells: string[]): string[] {
  return cells.filter((cell) => /^[1-4]$/.test(cell.trim()));
}

async function tableCells(page: Page, name: string | RegExp): Promise<string[]> {
  return page.getByRole("table", { name }).locator("td").allInnerTexts();
}

test.describe("[locality lead] place dashboards", () => {
  test.use({ storageState: storageStateFor("lead") });

  test("opens a locality, ranks its neighbourhoods, follows one from the map and exports CSV", async ({ page }) => {
    // Six page loads and three axe runs: more than a minute on a busy 2-core machine.
    test.slow();
    await page.goto("/places");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My places");
    await expectNoAccessibilityViolations(page);

    await page.getByRole("link", { name: /Open the Bolton dashboard/ }).click();
    await expect(page).toHaveURL(/\/places\/bolton\?/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Bolton");
    await expect(page.getByRole("heading", { name: "Key figures" })).toBeVisible();
    await expectNoAccessibilityViolations(page);

    // Rank by new cases, then the other way round.
    const comparison = page.getByRole("table", { name: /Neighbourhoods of Bolton compared/ });
    await comparison.getByRole("link", { name: /^New cases/ }).click();
    const newCasesHeader = comparison.getByRole("columnheader", { name: /^New cases/ });
    await expect(newCasesHeader).toHaveAttribute("aria-sort", "descending");
    const descending = await comparison.locator("tbody tr").evaluateAll((rows) =>
      rows.map((row) => row.querySelectorAll("td")[2]?.textContent ?? ""),
    );
    const shown = descending.map((v) => Number(v.replace(/,/g, ""))).filter((n) => !Number.isNaN(n));
    expect(shown).toEqual([...shown].sort((a, b) => b - a));
    await newCasesHeader.getByRole("link").click();
    await expect(newCasesHeader).toHaveAttribute("aria-sort", "ascending");
    expect(smallCounts(await tableCells(page, /Neighbourhoods of Bolton compared/))).toEqual([]);

    // The comparison as CSV, with the same protection as the page, and audited.
    const downloading = page.waitForEvent("download");
    await page.getByRole("link", { name: "Download the comparison table (CSV)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^golden-thread-bolton-comparison-.*\.csv$/);
    const rows = parseCsv(await readFile(await download.path(), "utf8"));
    expect(rows[0].slice(0, 3)).toEqual(["Place", "Residents", "Open cases at the end of the period"]);
    expect(rows.length).toBeGreaterThan(3);
    expect(smallCounts(rows.slice(1).flatMap((r) => r.slice(2)))).toEqual([]);

    // From the map into a neighbourhood.
    const map = page.getByRole("group", { name: /^Map of / });
    const area = map.getByRole("link").first();
    const areaName = (await area.getAttribute("aria-label")) ?? "";
    await area.click();
    await expect(page).toHaveURL(/\/places\/bolton\/bolton-[a-z0-9-]+/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(areaName.split(":")[0]);
    await expect(page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: "Bolton" })).toBeVisible();
    await expect(page.getByText(/GT-\d{6}/)).toHaveCount(0);
    await expectNoAccessibilityViolations(page);
  });

  test("chooses a period and a theme with the GET form", async ({ page }) => {
    await page.goto("/places/bolton");
    await page.getByLabel("Theme", { exact: true }).selectOption({ label: "Homelessness" });
    await page.getByRole("button", { name: "Show figures" }).click();
    await expect(page).toHaveURL(/theme=/);
    await expect(page.getByText(/cases with homelessness/).first()).toBeVisible();
    expect(smallCounts(await tableCells(page, /Neighbourhoods of Bolton compared/))).toEqual([]);
    await expectNoAccessibilityViolations(page);
  });

  test("cannot open Wigan's dashboards or their exports (404)", async ({ page }) => {
    const locality = await page.goto("/places/wigan");
    expect(locality?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
    const exported = await page.request.get("/api/places/wigan/figures.csv");
    expect(exported.status()).toBe(404);
    const own = await page.request.get("/api/places/bolton/figures.csv");
    expect(own.status()).toBe(200);
    expect(await own.text()).toContain("New cases");
  });
});

test.describe("[partnership admin] partnership overview", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("compares every locality and maps every neighbourhood, with no case content", async ({ page }) => {
    await page.goto("/places");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("All places");
    const localities = page.getByRole("table", { name: "Localities compared" });
    await expect(localities.getByRole("rowheader", { name: "Wigan" })).toBeVisible();
    await expect(page.getByRole("group", { name: /^Map of/ }).getByRole("link")).not.toHaveCount(0);
    await expect(page.getByText(/GT-\d{6}/)).toHaveCount(0);
    expect(smallCounts(await tableCells(page, "Localities compared"))).toEqual([]);
    await expectNoAccessibilityViolations(page);
  });
});
