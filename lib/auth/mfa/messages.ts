// What the second-step forms say, in one place (GOV.UK style: what went wrong and what to do).
import { minutesUntil } from "@/lib/domain/progressive-delay";

export const codeMessages = {
  missing: "Enter the 6-digit code from your authenticator app",
  wrong: "The code is not right: enter the 6-digit code your authenticator app shows now",
  reused: "That code has already been used: wait for your app to show a new code, then enter it",
  recoveryMissing: "Enter one of your recovery codes",
  recoveryWrong: "The recovery code is not right, or has already been used",
  passwordWrong: "The password is not right",
} as const;

export function tooManyAttempts(retryAt: Date, now = new Date()): string {
  const minutes = minutesUntil(retryAt, now);
  return `Too many attempts: try again in ${minutes} minute${minutes === 1 ? "" : "s"}`;
}
