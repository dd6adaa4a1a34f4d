// The caller's network address, for throttling and the audit trail, never taken from a header
// the client controls. `next start` puts the socket's address in X-Forwarded-For only when the
// request has none (node_modules/next/dist/server/base-server.js: `x-forwarded-for ??=`), so:
// - TRUSTED_PROXY_HOPS=0 (default, the portal reached directly): proxy.ts deletes any
//   X-Forwarded-For the client sent, and Next then fills in the socket's address — one entry.
// - TRUSTED_PROXY_HOPS=N: N proxies of ours each append the address they saw; the client is the
//   N-th entry from the right. Entries further left were written by the client: ignored.
export function trustedProxyHops(env: Record<string, string | undefined> = process.env): number {
  const hops = Number(env.TRUSTED_PROXY_HOPS ?? "0");
  return Number.isInteger(hops) && hops >= 0 && hops <= 10 ? hops : 0;
}

function normalise(address: string): string {
  const trimmed = address.trim();
  return trimmed.startsWith("::ffff:") ? trimmed.slice(7) : trimmed;
}

export function clientAddress(headers: Headers, hops: number = trustedProxyHops()): string {
  const entries = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (entries.length === 0) return "unknown";
  const index = hops === 0 ? entries.length - 1 : Math.max(0, entries.length - hops);
  return normalise(entries[index]).slice(0, 64);
}
