// What Golden Thread keeps in the Auth.js session token: only ids, never case data.
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sessionId?: string;
  }
  interface Session {
    userId: string;
    sessionId: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    sessionId?: string;
  }
}
