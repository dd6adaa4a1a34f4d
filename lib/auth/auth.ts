// Auth.js (next-auth v5) with email and password. Its JWT cookie carries only the server-side
// session's id and the user id; everything else (the second step, expiry, revocation, who the
// user is now) is read per request from the session row by lib/auth/actor.ts.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientAddress } from "./client-address";
import { deviceHashFromCookies } from "./known-device";
import { absoluteLimitMs } from "./session-policy";
import { verifyCredentials } from "./verify-credentials";

/** Too many attempts: the code carries when to try again ("throttled:<epoch ms>"). */
export class ThrottledSignIn extends CredentialsSignin {
  constructor(retryAt: Date) {
    super();
    this.code = `throttled:${retryAt.getTime()}`;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  trustHost: true,
  pages: { signIn: "/sign-in" },
  // A wrong password is an expected event (audited in the database), not a server error.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(`[auth] ${error.name}: ${error.message}`);
    },
  },
  // The cookie outlives nothing: the session row decides, and ends at the absolute limit anyway.
  session: { strategy: "jwt", maxAge: absoluteLimitMs / 1000 },
  providers: [
    Credentials({
      credentials: { email: { label: "Email address" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const check = await verifyCredentials(credentials, {
          ipAddress: clientAddress(request.headers),
          userAgent: request.headers.get("user-agent") ?? "",
          deviceHash: deviceHashFromCookies(request.headers.get("cookie")),
        });
        if (check.ok) return { id: check.user.id, name: check.user.name, email: check.user.email, sessionId: check.sessionId };
        if (check.retryAt) throw new ThrottledSignIn(check.retryAt);
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id && user.sessionId) {
        token.userId = user.id;
        token.sessionId = user.sessionId;
      }
      return token;
    },
    session({ session, token }) {
      session.userId = token.userId ?? "";
      session.sessionId = token.sessionId ?? "";
      return session;
    },
  },
});
