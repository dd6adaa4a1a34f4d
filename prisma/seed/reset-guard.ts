// When `npm run db:seed -- --reset` may wipe a database: only one that looks like a development
// database. A production database, one on another machine whose name does not say it is for
// development, or one holding accounts or cases that the demo data did not make is refused,
// with the reasons, and left untouched.
import { demoEmailDomain } from "./demo-accounts";

export type DatabaseFacts = {
  url: string | null;
  nodeEnv: string | undefined;
  /** Users whose email address is outside the demo domain (people's real accounts). */
  usersOutsideDemo: number;
  /** Cases no demo user created: work typed into the portal rather than loaded. */
  casesNotFromDemo: number;
};

const localHosts = new Set(["localhost", "127.0.0.1", "::1", "[::1]", ""]);
const developmentName = /(dev|test|demo|local|seed|bench|e2e|golden_thread)/i;

/** Why the reset is refused; an empty list means it may go ahead. */
export function resetRefusals(facts: DatabaseFacts): string[] {
  const reasons: string[] = [];
  if (facts.nodeEnv === "production") reasons.push("NODE_ENV is production");
  if (facts.url) {
    const parsed = URL.canParse(facts.url) ? new URL(facts.url) : null;
    const host = parsed?.hostname ?? "";
    const name = decodeURIComponent(parsed?.pathname.slice(1) ?? "");
    if (!localHosts.has(host) && !developmentName.test(name)) {
      reasons.push(`the database "${name}" is on ${host}, not this machine, and its name does not say it is for development`);
    }
  }
  if (facts.usersOutsideDemo > 0) {
    reasons.push(`it holds ${facts.usersOutsideDemo} user account(s) outside ${demoEmailDomain}`);
  }
  if (facts.casesNotFromDemo > 0) reasons.push(`it holds ${facts.casesNotFromDemo} case(s) not created by demo users`);
  return reasons;
}
