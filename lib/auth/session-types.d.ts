// What Golden Thread keeps in the Auth.js session token: only ids, never case data.
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    sessionVersion?: number;
  }
  interface Session {
    userId: string;
    sessionVersion: number;
    signedInAt: number;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: string;
    sessionVersion?: number;
    signedInAt?: number;
  }
}
