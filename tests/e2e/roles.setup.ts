// Signs in once per role and stores the session for the specs that act as that role.
import { test as setup, expect } from "@playwright/test";
import { admin, lead, storageStateFor, worker } from "./support/accounts";
import { signIn } from "./support/sign-in";

for (const [role, account, home] of [
  ["worker", worker, "/work"],
  ["lead", lead, "/places"],
  ["admin", admin, "/admin/organisations"],
] as const) {
  setup(`sign in as the demo ${role}`, async ({ page }) => {
    await signIn(page, account.email, account.password);
    // The first sign-in meets a cold server: on a busy machine its redirects take longer than 10 s.
    await expect(page).toHaveURL(home, { timeout: 60_000 });
    await page.context().storageState({ path: storageStateFor(role) });
  });
}
