// Signing a fault-test browser in through the real sign-in form. Kept on its own so a change to
// sign-in (a second factor, say) is made here and nowhere else.
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
}
