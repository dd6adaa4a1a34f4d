// Auth.js (next-auth v5) with email and password. JWT sessions carry only the user id and
// session version; who the user is now (organisation, roles, status) is read per request
// by requireActor(), so changes take effect on the next request.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { clientAddress } from "./client-address";
import { verifyCredentials } from "./verify-credentials";

/** Idle limit: a session unused for this long ends. */
export const sessionMaxAgeSeconds = 8 * 60 * 60;
/** Absolute limit: however active, a session ends this long after sign-in. */
export const sessionAbsoluteLimitMs = 12 * 60 * 60 * 1000;

export class ThrottledSignIn extends CredentialsSignin {
  code = "throttled";
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
  session: { strategy: "jwt", maxAge: sessionMaxAgeSeconds, updateAge: 15 * 60 },
  providers: [
    Credentials({
      credentials: { email: { label: "Email address" }, password: { label: "Password", type: "password" } },
      async authorize(credentials, request) {
        const check = await verifyCredentials(credentials, clientAddress(request.headers));
        if (check.ok) return check.user;
        if (check.throttled) throw new ThrottledSignIn();
        return null;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) {
        token.userId = user.id;
        token.sessionVersion = user.sessionVersion ?? 0;
        token.signedInAt = Date.now();
      }
      return token;
    },
    session({ session, token }) {
      session.userId = token.userId ?? "";
      session.sessionVersion = token.sessionVersion ?? 0;
      session.signedInAt = token.signedInAt ?? 0;
      return session;
    },
  },
});
