// NHS numbers: 10 digits, the last a modulus-11 check digit over the first nine
// (weights 10 down to 2; 11 → 0; 10 means the number is invalid). Spaces and dashes are ignored.
export function normaliseNhsNumber(text: string): string {
  return text.replace(/[\s-]/g, "");
}

export function nhsCheckDigit(firstNine: string): number | null {
  const sum = [...firstNine].reduce((total, digit, i) => total + Number(digit) * (10 - i), 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  return check === 10 ? null : check;
}

export type NhsNumberProblem = "not-ten-digits" | "check-digit";

export function nhsNumberProblem(text: string): NhsNumberProblem | null {
  const digits = normaliseNhsNumber(text);
  if (!/^\d{10}$/.test(digits)) return "not-ten-digits";
  return nhsCheckDigit(digits.slice(0, 9)) === Number(digits[9]) ? null : "check-digit";
}

export function formatNhsNumber(digits: string): string {
  return `${digits.slice(0, 3)} ${digits.slice(3, 6)} ${digits.slice(6)}`;
}
