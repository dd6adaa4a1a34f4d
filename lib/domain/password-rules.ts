// The rules for a password a person chooses (NCSC password guidance and NIST SP 800-63B): long
// enough, not a common or easily guessed one, no composition rules (they push people to
// "Password1!"). The message says what to do, in the GOV.UK style.
import { commonPasswords } from "@/lib/auth/common-passwords";
import { passwordLength } from "./password-length";

export { passwordLength };

const tooCommon =
  "Password is too easy to guess: choose a different one, for example three random words";

/** Why the password cannot be used, or null when it can. */
export function passwordProblem(password: string, context: { email?: string } = {}): string | null {
  if (password.length === 0) return "Enter a password";
  if ([...password].length < passwordLength.min) {
    return `Password must be ${passwordLength.min} characters or more`;
  }
  if (password.length > passwordLength.max) return `Password must be ${passwordLength.max} characters or fewer`;
  const lower = password.toLowerCase();
  if (isCommon(lower) || new Set(lower).size <= 2) return tooCommon;
  const localPart = context.email?.toLowerCase().split("@")[0] ?? "";
  if (localPart.length >= 4 && lower.includes(localPart)) return "Password must not contain your email address";
  return null;
}

// "Password2024!" is "password" with a year and a symbol added: as easy to guess as the word.
function isCommon(lower: string): boolean {
  if (commonPasswords.has(lower)) return true;
  const core = lower.replace(/[^a-z]+$/, "").replace(/^[^a-z]+/, "");
  return core.length >= 4 && commonPasswords.has(core);
}
