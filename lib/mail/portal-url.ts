// Absolute links in email come from PORTAL_URL, never from the request's Host header (which a
// client can forge: "password reset poisoning"). Production refuses to start without it.
export class MissingPortalUrlError extends Error {
  constructor() {
    super("PORTAL_URL is not set. In production Golden Thread needs the address users reach it at, e.g. PORTAL_URL=https://goldenthread.example.gov.uk");
    this.name = "MissingPortalUrlError";
  }
}

export function portalOrigin(env: Record<string, string | undefined> = process.env): string {
  if (env.PORTAL_URL) return new URL(env.PORTAL_URL).origin;
  if (env.NODE_ENV === "production") throw new MissingPortalUrlError();
  return "http://localhost:3000";
}

export function portalLink(path: string, env: Record<string, string | undefined> = process.env): string {
  return new URL(path, portalOrigin(env)).toString();
}
