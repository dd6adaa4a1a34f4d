// Stand-ins for the few things a server action uses that mean nothing outside a Next.js request:
// navigation (redirect and notFound end the action by throwing, as in Next), the cache
// (revalidatePath), the request's headers and cookies, and the Auth.js cookie (which carries only
// the id of a real server-side session row). Everything else runs
// for real: lib/auth/auth.ts's configuration (its credentials check and session callbacks),
// requireActor with its permission check, the actions, the database.
//
// A test file mocks the modules with these, e.g.
//   vi.mock("next/navigation", () => import("../../support/next-stand-ins").then((s) => s.navigation));
//   vi.mock("next/cache", () => import("../../support/next-stand-ins").then((s) => s.cache));
//   vi.mock("next/headers", () => import("../../support/next-stand-ins").then((s) => s.headersModule));
//   vi.mock("next-auth", async (importOriginal) => {
//     const actual = await importOriginal<typeof import("next-auth")>();
//     const { authStandIn } = await import("../../support/next-stand-ins");
//     return { ...actual, default: authStandIn(actual) };
//   });
import type { NextAuthConfig } from "next-auth";
import type { Actor } from "@/lib/auth/actor";
import { hasPermission, type Permission } from "@/lib/auth/roles";

/** What Next's redirect() and notFound() throw here: the action ends, and the run records how. */
export class NavigationSignal extends Error {
  constructor(
    readonly kind: "redirect" | "notFound",
    readonly url: string | null = null,
  ) {
    super(kind === "redirect" ? `redirect to ${url}` : "not found");
    this.name = "NavigationSignal";
  }
}

export const navigation = {
  redirect(url: string): never {
    throw new NavigationSignal("redirect", url);
  },
  permanentRedirect(url: string): never {
    throw new NavigationSignal("redirect", url);
  },
  notFound(): never {
    throw new NavigationSignal("notFound");
  },
  RedirectType: { push: "push", replace: "replace" },
};

/** Paths the actions asked Next to re-render (nothing is cached here). */
export const revalidated: string[] = [];

export const cache = {
  revalidatePath(path: string) {
    revalidated.push(path);
  },
  revalidateTag() {},
  updateTag() {},
  refresh() {},
  unstable_noStore() {},
};

/** What the browser's session cookie says: the server-side session's id and its user. */
type Session = { sessionId: string; userId: string; signedInAt: number };
let session: Session | null = null;

/** Gives the "browser" this server-side session's cookie (as sign-in would), or none with null. */
export function setSessionUser(user: { userId: string; sessionId: string } | null): void {
  session = user && { userId: user.userId, sessionId: user.sessionId, signedInAt: Date.now() };
}

/** The address and browser every stand-in request comes from. */
export const requestHeaders = { "x-forwarded-for": "192.0.2.44", "user-agent": "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0" };

const cookieJar = new Map<string, string>();

/** next/headers without a request: the same headers on every call, and a cookie jar kept for the run. */
export const headersModule = {
  async headers() {
    return new Headers(requestHeaders);
  },
  async cookies() {
    return {
      get: (name: string) => (cookieJar.has(name) ? { name, value: cookieJar.get(name)! } : undefined),
      getAll: () => [...cookieJar].map(([name, value]) => ({ name, value })),
      has: (name: string) => cookieJar.has(name),
      set: (name: string | { name: string; value: string }, value?: string) => {
        if (typeof name === "string") cookieJar.set(name, value ?? "");
        else cookieJar.set(name.name, name.value);
      },
      delete: (name: string) => cookieJar.delete(name),
    };
  },
  async draftMode() {
    return { isEnabled: false, enable() {}, disable() {} };
  },
};

type Credentialed = { id?: string; options?: { authorize?: Authorize }; authorize?: Authorize };
type Authorize = (credentials: Record<string, unknown>, request: Request) => Promise<{ id?: string; sessionId?: string } | null>;
type Callbacks = {
  jwt?: (params: { token: Record<string, unknown>; user?: { id?: string; sessionId?: string } }) => unknown;
  session?: (params: { session: Record<string, unknown>; token: Record<string, unknown> }) => unknown;
};

/** The address the stand-in sign-in request comes from (throttling is per address and email). */
export const signInAddress = requestHeaders["x-forwarded-for"];

/**
 * NextAuth(config) as the app calls it, without a request: auth() gives the session of
 * setSessionUser() through the app's own jwt and session callbacks; signIn("credentials") runs the
 * app's own authorize (lib/auth/verify-credentials.ts) and, like Auth.js, throws CredentialsSignin
 * when it refuses and redirects when it accepts; signOut() ends the session and redirects.
 */
export function authStandIn(errors: { CredentialsSignin: new () => Error; AuthError: new (message?: string, options?: { cause?: unknown }) => Error }) {
  const { CredentialsSignin, AuthError } = errors;
  return (config: NextAuthConfig) => {
    const callbacks = (config.callbacks ?? {}) as Callbacks;
    const claimsOf = async (user: { id: string; sessionId: string }, signedInAt: number) => {
      const token = { ...((await callbacks.jwt?.({ token: {}, user })) as Record<string, unknown>), signedInAt };
      return (await callbacks.session?.({ session: { user: {}, expires: new Date(signedInAt + 3_600_000).toISOString() }, token })) as Session;
    };
    const provider = (config.providers as unknown as Credentialed[]).find((p) => p.id === "credentials");
    const authorize = provider?.options?.authorize ?? provider?.authorize;
    return {
      handlers: {},
      async auth() {
        return session && claimsOf({ id: session.userId, sessionId: session.sessionId }, session.signedInAt);
      },
      async signIn(providerId: string, options: Record<string, unknown> = {}) {
        if (providerId !== "credentials" || !authorize) throw new Error(`no stand-in for signing in with ${providerId}`);
        const { redirectTo, redirect: _redirect, ...credentials } = options;
        const request = new Request("http://127.0.0.1/api/auth/callback/credentials", {
          method: "POST",
          headers: requestHeaders,
        });
        let user: Awaited<ReturnType<Authorize>>;
        try {
          user = await authorize(credentials, request);
        } catch (error) {
          if (error instanceof CredentialsSignin) throw error;
          // As Auth.js does: a CallbackRouteError (an AuthError) with the cause as { err }.
          // (Its constructor takes the cause itself; next-auth's types only admit a message.)
          const Wrapped = AuthError as unknown as new (cause: Error) => Error;
          throw new Wrapped(error instanceof Error ? error : new Error(String(error)));
        }
        if (!user?.id || !user.sessionId) throw new CredentialsSignin();
        setSessionUser({ userId: user.id, sessionId: user.sessionId });
        navigation.redirect(typeof redirectTo === "string" ? redirectTo : "/");
      },
      async signOut(options: { redirectTo?: string } = {}) {
        setSessionUser(null);
        navigation.redirect(options.redirectTo ?? "/");
      },
      async unstable_update() {
        return null;
      },
    };
  };
}

let signedInActor: Actor | null = null;

/** For actorStandIn: the actor requireActor() gives, as actorFor builds it (null: nobody). */
export function setSignedInActor(actor: Actor | null): void {
  signedInActor = actor;
}

/**
 * lib/auth/actor.ts's currentActor and requireActor without the per-request read of the user
 * (for tests that make thousands of calls): the same answers — a redirect to sign-in for nobody,
 * the 404 for a missing permission — for the actor given to setSignedInActor.
 */
export function actorStandIn(actual: typeof import("@/lib/auth/actor")) {
  return {
    ...actual,
    currentActor: async () => signedInActor,
    requireActor: async (permission?: Permission) => {
      const actor = signedInActor;
      if (!actor) return navigation.redirect("/sign-in");
      if (permission && !hasPermission(actor.roles, permission)) return navigation.notFound();
      return actor;
    },
  };
}
