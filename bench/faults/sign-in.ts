// Signing a fault-test browser in through the real sign-in forms: the password, then the code
// from the demo authenticator (every demo account shares its public secret). Each browser signs
// in as a different worker, so no code is offered twice for one account in one time step.
import { demoTotpSecret } from "../../lib/auth/mfa/demo-totp-secret";
import { codeForStep, stepAt } from "../../lib/auth/mfa/totp";
import { Browser, formsOf } from "./browser";

const sessionCookie = "authjs.session-token";

export async function signIn(browser: Browser, email: string, password: string): Promise<void> {
  const page = await browser.get("/sign-in");
  const [form] = formsOf(page.html, `${browser.origin}/sign-in`, 'name="email"');
  if (page.status !== 200 || !form) throw new Error(`The sign-in page answered ${page.status} without its form`);
  const answer = await browser.post(form, [["email", email], ["password", password]]);
  if (answer.status !== 303 || !browser.hasCookie(sessionCookie)) {
    throw new Error(`Signing in as ${email} answered ${answer.status} (location ${answer.location ?? "none"}) without a session`);
  }
  const codePage = await browser.get("/sign-in/code");
  const [codeForm] = formsOf(codePage.html, `${browser.origin}/sign-in/code`, 'name="code"');
  if (codePage.status !== 200 || !codeForm) throw new Error(`The code page answered ${codePage.status} without its form`);
  const second = await browser.post(codeForm, [["code", codeForStep(demoTotpSecret, stepAt(new Date()))]]);
  if (second.status !== 303) throw new Error(`The second step for ${email} answered ${second.status} (location ${second.location ?? "none"})`);
}
