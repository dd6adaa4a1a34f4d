// The emails the portal sends about accounts, in plain British English. Links are absolute,
// from PORTAL_URL.
import { portalLink } from "./portal-url";

const london = (date: Date) =>
  new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", hour: "numeric", minute: "2-digit", timeZone: "Europe/London" }).format(date);

const footer = "\n\nIf you did not expect this email, tell your organisation's information governance lead. Golden Thread staff and partnership admins will never ask you for your password or a code from your authenticator app.";

export function setPasswordMail(kind: "joiner" | "reset", name: string, path: string, expiresAt: Date) {
  const link = portalLink(path);
  return kind === "joiner"
    ? {
        kind: "set-password.joiner",
        subject: "Your Golden Thread account: choose your password",
        text: `Hello ${name},\n\nAn account has been made for you on Golden Thread. Choose your password with this link:\n\n${link}\n\nThe link works once, until ${london(expiresAt)}. After choosing your password you will set up an authenticator app for signing in.${footer}`,
      }
    : {
        kind: "set-password.reset",
        subject: "Golden Thread: choose a new password",
        text: `Hello ${name},\n\nYour Golden Thread password has been reset, and you have been signed out. Choose a new password with this link:\n\n${link}\n\nThe link works once, until ${london(expiresAt)}.${footer}`,
      };
}

export function authenticatorResetMail(name: string) {
  return {
    kind: "mfa.reset",
    subject: "Golden Thread: your authenticator app was reset",
    text: `Hello ${name},\n\nA partnership admin has reset the authenticator app on your Golden Thread account, and you have been signed out. The next time you sign in you will set up your authenticator app again.${footer}`,
  };
}

export function emailChangedMail(name: string, newAddress: string) {
  return {
    kind: "account.email-changed",
    subject: "Golden Thread: your email address was changed",
    text: `Hello ${name},\n\nThe email address of your Golden Thread account has been changed to ${newAddress}. For a week from now a partnership admin cannot reset your password or authenticator app.${footer}`,
  };
}
