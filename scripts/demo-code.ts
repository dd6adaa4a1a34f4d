// `npm run demo:code`: the current code for the demo accounts' authenticator (README, "Demo
// sign-ins"), and the next one, so the demo can be tried without an authenticator app.
import { demoTotpSecret } from "@/lib/auth/mfa/demo-totp-secret";
import { codeForStep, stepAt, totpPeriodSeconds } from "@/lib/auth/mfa/totp";

const now = new Date();
const step = stepAt(now);
const secondsLeft = totpPeriodSeconds - (Math.floor(now.getTime() / 1000) % totpPeriodSeconds);
console.log(`Demo authenticator code: ${codeForStep(demoTotpSecret, step)} (for ${secondsLeft} more seconds; next: ${codeForStep(demoTotpSecret, step + 1)})`);
console.log("Each code works once per account: if it was just used, wait for the next one.");
