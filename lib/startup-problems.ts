// What a production server must be given before it starts, so that it is safe: the database,
// a long AUTH_SECRET, the field-encryption keys, the portal's address for links in email and a
// way to send email (pure over the environment, so it can be tested). In development
// `npm run dev` provides the embedded database, a generated AUTH_SECRET and a development key.
import { keyRingFromEnvironment, MissingEncryptionKeysError } from "@/lib/crypto/key-ring";
import { lookupKeyFromEnvironment, MissingLookupKeyError } from "@/lib/crypto/lookup-hash";
import { MissingDatabaseUrlError, resolveDatabaseUrl } from "@/lib/db/database-url";
import { MissingPortalUrlError, portalOrigin } from "@/lib/mail/portal-url";
import { MailNotConfiguredError, mailTransportFromEnvironment } from "@/lib/mail/transport";

type Env = Record<string, string | undefined>;

const known = [MissingDatabaseUrlError, MissingEncryptionKeysError, MissingLookupKeyError, MissingPortalUrlError, MailNotConfiguredError];

function problemOf(check: () => unknown): string | null {
  try {
    check();
    return null;
  } catch (error) {
    if (!known.some((kind) => error instanceof kind)) throw error;
    return (error as Error).message;
  }
}

export function problemsStartingInProduction(env: Env): string[] {
  const problems = [
    problemOf(() => resolveDatabaseUrl(env)),
    env.NODE_ENV === "production" && (env.AUTH_SECRET ?? "").length < 32
      ? "AUTH_SECRET is not set (or is shorter than 32 characters). It signs session cookies: set a long random value, " +
        "e.g. AUTH_SECRET=$(openssl rand -base64 32), and keep it secret."
      : null,
  ];
  if (env.NODE_ENV === "production") {
    problems.push(
      problemOf(() => keyRingFromEnvironment(env)),
      problemOf(() => lookupKeyFromEnvironment(env)),
      problemOf(() => portalOrigin(env)),
      problemOf(() => mailTransportFromEnvironment(env)),
    );
  }
  return problems.filter((p): p is string => p !== null);
}
