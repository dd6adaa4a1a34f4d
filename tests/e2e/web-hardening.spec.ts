// Security headers on every page, and server actions refused from other origins.
import { expect, test } from "@playwright/test";
import { enterCode } from "./support/sign-in";

test("[anyone] pages carry a nonce-based CSP, no framing, no cross-site referrer and a locked-down permissions policy", async ({ request }) => {
  const response = await request.get("/sign-in");
  const headers = response.headers();
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).toContain("object-src 'none'");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-frame-options"]).toBe("DENY");
  expect(headers["x-powered-by"]).toBeUndefined();
  const again = await request.get("/sign-in");
  expect(again.headers()["content-security-policy"]).not.toBe(headers["content-security-policy"]);
});

test("[anyone] a server action posted from another origin is refused", async ({ request }) => {
  const response = await request.post("/sign-in", {
    headers: { "Next-Action": "0".repeat(40), Origin: "https://attacker.example", "Content-Type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(response.status()).toBe(403);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("[frontline worker] signs in with password and code, and a wrong password still gets the error summary", async ({ page }) => {
    await page.goto("/sign-in");
    await page.getByLabel("Email address").fill("worker.manchester@demo.goldenthread.org.uk");
    await page.getByLabel("Password").fill("not-the-right-password");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByText("Email or password is incorrect").first()).toBeVisible();
    await page.getByLabel("Password").fill("golden-thread-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await enterCode(page, "worker.manchester@demo.goldenthread.org.uk");
    await expect(page).toHaveURL("/work");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("My work");
  });
});

test("[anyone] a plain form post that says nothing of where it comes from is refused, one from the portal is not", async ({ request }) => {
  const bare = await request.post("/sign-in", { multipart: { email: "worker.manchester@demo.goldenthread.org.uk", password: "x" } });
  expect(bare.status()).toBe(403);
  const forged = await request.post("/sign-in", {
    headers: { Origin: "https://attacker.example", "X-Forwarded-Host": "attacker.example" },
    multipart: { email: "worker.manchester@demo.goldenthread.org.uk", password: "x" },
  });
  expect(forged.status()).toBe(403);
  const own = await request.post("/sign-in", { headers: { "Sec-Fetch-Site": "same-origin" }, multipart: { email: "x@example.org", password: "x" } });
  expect(own.status()).not.toBe(403);
});
