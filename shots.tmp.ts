import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3202";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
async function as(email: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${base}/sign-in`);
  await page.getByLabel("Email address").fill(email);
  await page.getByLabel("Password").fill("golden-thread-demo");
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
  return page;
}
const which = process.argv.slice(2);
const lead = await as("lead.bolton@demo.goldenthread.org.uk");
for (const [name, path] of [["locality", "/places/bolton"], ["neighbourhood", process.env.NBH ?? "/places/bolton"]]) {
  if (which.length && !which.includes(name)) continue;
  await lead.goto(base + path, { timeout: 120_000 });
  await lead.screenshot({ path: `/tmp/demo/shots/${name}.png`, fullPage: true });
  const h = await lead.evaluate(() => document.body.scrollHeight);
  console.log(name, "height", h, lead.url());
}
if (!which.length || which.includes("partnership")) {
  const admin = await as("admin@demo.goldenthread.org.uk");
  await admin.goto(`${base}/places`, { timeout: 120_000 });
  await admin.screenshot({ path: `/tmp/demo/shots/partnership.png`, fullPage: true });
  await admin.goto(`${base}/admin/audit`, { timeout: 120_000 });
  await admin.screenshot({ path: `/tmp/demo/shots/audit.png`, fullPage: false });
}
if (!which.length || which.includes("open")) {
  const w = await as("worker.manchester@demo.goldenthread.org.uk");
  await w.goto(`${base}/people`);
  const link = w.getByRole("link", { name: /Open a (shared )?case/ }).first();
  console.log("people page", w.url());
}
await browser.close();
