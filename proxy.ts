// Runs before every request: refuses state-changing requests from other origins, sets the
// security headers with a fresh CSP nonce, and sends visitors without a session cookie to
// sign-in. The redirect is a convenience only; every page and server action checks the session
// itself (lib/auth/actor.ts).
import { NextResponse, type NextRequest } from "next/server";
import { trustedProxyHops } from "@/lib/auth/client-address";
import { contentSecurityPolicy, securityHeaders } from "@/lib/security/content-security-policy";
import { checkSameOrigin, trustsProxyHeaders } from "@/lib/security/same-origin";

const sessionCookies = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  // Every POST: server actions with JavaScript (Next-Action header) and without (a plain form post).
  if (!checkSameOrigin(request.method, request.headers, { trustProxy: trustsProxyHeaders() }).allowed) {
    return new NextResponse("Cross-origin form submissions are not accepted", { status: 403 });
  }
  const { pathname } = request.nextUrl;
  const isPublic =
    pathname === "/sign-in" ||
    pathname.startsWith("/api/auth") ||
    pathname.startsWith("/set-password/") ||
    (process.env.NODE_ENV === "development" && pathname.startsWith("/dev/"));
  const hasSession = sessionCookies.some((name) => request.cookies.has(name));
  if (!isPublic && !hasSession) {
    return NextResponse.redirect(new URL("/sign-in", request.url));
  }

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  // Without a trusted proxy, an X-Forwarded-For is the client's own invention: drop it, and Next
  // fills in the socket's address (lib/auth/client-address.ts).
  if (trustedProxyHops() === 0) {
    requestHeaders.delete("x-forwarded-for");
    requestHeaders.delete("x-real-ip");
  }
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of Object.entries(securityHeaders(process.env.NODE_ENV === "production"))) {
    response.headers.set(name, value);
  }
  return response;
}

export const config = {
  matcher: [
    {
      source: "/((?!_next/static|_next/image|favicon.ico|robots.txt).*)",
      missing: [{ type: "header", key: "next-router-prefetch" }],
    },
    // A prefetch header must not let a sign-in, a server action or an API call skip the checks above.
    { source: "/api/:path*" },
    { source: "/((?!_next/static|_next/image|favicon.ico|robots.txt).*)", has: [{ type: "header", key: "next-action" }] },
  ],
};
