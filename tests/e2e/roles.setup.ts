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
    await expect(page).toHaveURL(home);
    await page.context().storageState({ path: storageStateFor(role) });
  });
}
