// The one same-origin check for every request that changes something (POST, PUT, PATCH,
// DELETE): server actions with and without JavaScript, and route handlers. A browser says where
// a request comes from in Origin; where it sends "null" or nothing, Sec-Fetch-Site and then
// Referer decide; a request that says nothing at all is refused. X-Forwarded-Host is believed
// only behind a configured trusted proxy (TRUSTED_PROXY_HOPS ≥ 1), since anyone can send it.
export type OriginCheck = { allowed: true } | { allowed: false; reason: string };

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

export function trustsProxyHeaders(env: Record<string, string | undefined> = process.env): boolean {
  return Number(env.TRUSTED_PROXY_HOPS ?? "0") >= 1;
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

export function checkSameOrigin(method: string, headers: Headers, options: { trustProxy: boolean }): OriginCheck {
  if (safeMethods.has(method.toUpperCase())) return { allowed: true };
  const forwardedHost = options.trustProxy ? headers.get("x-forwarded-host")?.split(",")[0]?.trim() : undefined;
  const ownHost = forwardedHost || headers.get("host");
  if (!ownHost) return { allowed: false, reason: "no Host header" };

  const origin = headers.get("origin");
  if (origin && origin !== "null") {
    return hostOf(origin) === ownHost ? { allowed: true } : { allowed: false, reason: `Origin ${origin} is not this portal` };
  }
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite) {
    return fetchSite === "same-origin" ? { allowed: true } : { allowed: false, reason: `Sec-Fetch-Site is ${fetchSite}` };
  }
  const referer = headers.get("referer");
  if (referer) {
    return hostOf(referer) === ownHost ? { allowed: true } : { allowed: false, reason: "Referer is not this portal" };
  }
  return { allowed: false, reason: "the request does not say where it comes from (no Origin, Sec-Fetch-Site or Referer)" };
}
