// NHS numbers as properties: every number built with its modulus-11 check digit passes, every
// single-digit change and every swap of two neighbouring digits is caught, and the printed form
// reads back as the same number.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNhsNumber, nhsCheckDigit, nhsNumberProblem, normaliseNhsNumber } from "@/lib/domain/nhs-number";

// The check digit worked out here from the rule (weights 10 down to 2, 11 − remainder; 11 → 0,
// 10 → no valid number), independently of the code under test.
function checkDigit(nine: number[]): number | null {
  const remainder = nine.reduce((sum, d, i) => sum + d * (10 - i), 0) % 11;
  const check = 11 - remainder;
  return check === 11 ? 0 : check === 10 ? null : check;
}

const nineDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 });
const validNumber = nineDigits.filter((nine) => checkDigit(nine) !== null).map((nine) => [...nine, checkDigit(nine) as number].join(""));

describe("NHS numbers (properties)", () => {
  it("accepts every number whose last digit is its check digit, however it is spaced", () => {
    fc.assert(
      fc.property(validNumber, fc.constantFrom("", " ", "-"), (digits, separator) => {
        expect(nhsCheckDigit(digits.slice(0, 9))).toBe(Number(digits[9]));
        const typed = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6)].join(separator);
        expect(nhsNumberProblem(typed)).toBeNull();
        expect(normaliseNhsNumber(typed)).toBe(digits);
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses the nine digits whose check would be 10 with any last digit", () => {
    const noCheck = nineDigits.filter((nine) => checkDigit(nine) === null);
    fc.assert(
      fc.property(noCheck, fc.integer({ min: 0, max: 9 }), (nine, last) => {
        expect(nhsCheckDigit(nine.join(""))).toBeNull();
        expect(nhsNumberProblem(`${nine.join("")}${last}`)).toBe("check-digit");
      }),
    );
  });

  it("catches every change of a single digit: the number fails, its check digit no longer matching", () => {
    fc.assert(
      fc.property(validNumber, fc.integer({ min: 0, max: 9 }), fc.integer({ min: 1, max: 9 }), (digits, at, shift) => {
        const changed = [...digits];
        changed[at] = String((Number(changed[at]) + shift) % 10);
        const typo = changed.join("");
        expect(nhsNumberProblem(typo)).toBe("check-digit");
        // Consistently: the check digit of the changed first nine, if any, is not the last digit shown.
        expect(nhsCheckDigit(typo.slice(0, 9))).not.toBe(Number(typo[9]));
      }),
      { numRuns: 2000 },
    );
  });

  it("catches every swap of two different neighbouring digits among the first nine", () => {
    fc.assert(
      fc.property(validNumber, fc.integer({ min: 0, max: 7 }), (digits, at) => {
        fc.pre(digits[at] !== digits[at + 1]);
        const swapped = [...digits];
        [swapped[at], swapped[at + 1]] = [swapped[at + 1], swapped[at]];
        expect(nhsNumberProblem(swapped.join(""))).toBe("check-digit");
      }),
    );
  });

  it("refuses anything that is not ten digits", () => {
    fc.assert(
      fc.property(fc.oneof(fc.stringMatching(/^\d{0,9}$/), fc.stringMatching(/^\d{11,16}$/), fc.string().filter((s) => !/^[\d\s-]*$/.test(s))), (text) => {
        expect(nhsNumberProblem(text)).toBe("not-ten-digits");
      }),
    );
  });

  it("prints as 3-3-4 and reads back as the same number", () => {
    fc.assert(
      fc.property(validNumber, (digits) => {
        const printed = formatNhsNumber(digits);
        expect(printed).toMatch(/^\d{3} \d{3} \d{4}$/);
        expect(normaliseNhsNumber(printed)).toBe(digits);
        expect(nhsNumberProblem(printed)).toBeNull();
      }),
    );
  });
});
