import { chromium } from "@playwright/test";
const base = "http://127.0.0.1:3202";
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] });
const [email, path, name] = process.argv.slice(2);
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const page = await context.newPage();
await page.goto(`${base}/sign-in`);
await page.getByLabel("Email address").fill(email);
await page.getByLabel("Password").fill("golden-thread-demo");
await page.getByRole("button", { name: "Sign in" }).click();
await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
await page.goto(base + path, { timeout: 120_000 });
const height = await page.evaluate(() => document.body.scrollHeight);
for (let y = 0, i = 0; y < height; y += 1600, i++) {
  await page.screenshot({ path: `/tmp/demo/shots/${name}-${i}.png`, fullPage: true, clip: { x: 0, y, width: 1280, height: Math.min(1600, height - y) } });
}
console.log(name, height);
await browser.close();
