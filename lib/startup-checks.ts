// Refuse to start in production without what the portal needs to be safe, with a message that
// says what to do (lib/startup-problems.ts) — and never with the public demo authenticator secret
// on a real account (README, "Running in production").
import { problemsStartingInProduction } from "@/lib/startup-problems";

function refuse(message: string): never {
  console.error(`\nGolden Thread cannot start: ${message}\n`);
  process.exit(1);
}

const problems = problemsStartingInProduction(process.env);
if (problems.length > 0) refuse(problems.join("\n  "));

if (process.env.NODE_ENV === "production" && process.env.GOLDEN_THREAD_DEMO_DATA !== "allow") {
  const { activeUsersWithDemoSecret } = await import("@/lib/auth/mfa/demo-secret-check");
  const count = await activeUsersWithDemoSecret();
  if (count > 0) {
    refuse(
      `${count} active user(s) have the public demo authenticator secret. Reset their authenticator apps, or, ` +
        "for a deployment holding only the fictional demo data, set GOLDEN_THREAD_DEMO_DATA=allow.",
    );
  }
}

// Email waiting in the outbox (and retries) goes out every 30 seconds, as well as straight after
// each change that queues it.
const { deliverDueMail } = await import("@/lib/mail/deliver-outbox");
setInterval(() => {
  deliverDueMail().catch((error) => console.error("[mail] delivery failed:", error));
}, 30_000).unref();

// Reminders before consent lapses (lib/consent/consent-reminders.ts): hourly, and once at start.
const { sendConsentReviewReminders } = await import("@/lib/consent/consent-reminders");
const remindOfConsentReviews = () => sendConsentReviewReminders().catch((error) => console.error("[consent] reminders failed:", error));
void remindOfConsentReviews();
setInterval(remindOfConsentReviews, 60 * 60_000).unref();
