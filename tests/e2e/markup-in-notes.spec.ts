// Text typed into a case is shown as text: markup in a note reaches the case page escaped, and no
// element, handler or script is made from it — in the page the browser builds and in the HTML
// the server sends.
import { expect, test } from "@playwright/test";
import { worker } from "./support/accounts";
import { query } from "./support/database";
import { signIn } from "./support/sign-in";

const londonToday = () => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/London", day: "numeric", month: "numeric", year: "numeric" }).formatToParts(new Date()).map((p) => [p.type, p.value]),
  );
  return { day: parts.day, month: parts.month, year: parts.year };
};

test("[frontline worker] a note holding markup is shown literally on the case page, with nothing injected", async ({ page }) => {
  const marker = Math.random().toString(36).slice(2, 8);
  const typed = `<img src=x onerror=alert(1)><b>bold</b> ${marker}`;
  const [sharedCase] = await query<{ id: string }>(
    `SELECT c.id FROM "SharedCase" c JOIN "User" u ON u.id = c."leadProfessionalId"
     WHERE u.email = $1 AND c.status <> 'CLOSED' ORDER BY c.number LIMIT 1`,
    [worker.email],
  );
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const injectedRequests: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.endsWith("/x")) injectedRequests.push(request.url());
  });

  await signIn(page, worker.email, worker.password);
  await expect(page).toHaveURL("/work");
  await page.goto(`/cases/${sharedCase.id}/notes/new`);
  await page.getByRole("group", { name: "Kind of contact" }).getByRole("radio", { name: "Note" }).check();
  const date = page.getByRole("group", { name: "Date of the contact" });
  const today = londonToday();
  await date.getByLabel("Day").fill(today.day);
  await date.getByLabel("Month").fill(today.month);
  await date.getByLabel("Year").fill(today.year);
  await page.getByRole("textbox", { name: "Note" }).fill(typed);
  await page.getByRole("button", { name: "Add to chronology" }).click();
  await expect(page.getByRole("status")).toContainText("Added to the chronology");

  for (const visit of ["after saving", "opened again"]) {
    if (visit === "opened again") await page.reload();
    const note = page.getByText(typed, { exact: true });
    await expect(note, visit).toBeVisible();
    // The note is one text node: no element was made from what was typed, here or anywhere.
    expect(await note.evaluate((element) => ({ elements: element.childElementCount, text: element.textContent }))).toEqual({ elements: 0, text: typed });
    await expect(page.locator('img[src="x"], [onerror]')).toHaveCount(0);
    await expect(page.locator("b", { hasText: /^bold$/ })).toHaveCount(0);
  }

  // What the server sends: the markup escaped in the HTML, never as tags (nor in the page's data).
  const html = await (await page.request.get(`/cases/${sharedCase.id}`)).text();
  expect(html).toContain(`&lt;img src=x onerror=alert(1)&gt;&lt;b&gt;bold&lt;/b&gt; ${marker}`);
  expect(html).not.toContain("<img src=x");
  expect(html).not.toContain("<b>bold</b>");
  expect(dialogs).toEqual([]);
  expect(injectedRequests).toEqual([]);
});
