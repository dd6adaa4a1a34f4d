// The caller's network address, for throttling and the audit trail. Behind a proxy the first
// X-Forwarded-For entry is the client; without one, Next's own header.
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || "unknown";
}
