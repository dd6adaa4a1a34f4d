import { describe, expect, it } from "vitest";
import { formatNhsNumber, nhsCheckDigit, nhsNumberProblem } from "@/lib/domain/nhs-number";
import { duplicateReasons, editDistance, searchNameOf } from "@/lib/domain/person-matching";
import { normalisePostcode } from "@/lib/domain/postcode";

describe("NHS numbers", () => {
  it("accept a number whose modulus-11 check digit is right, with or without spaces", () => {
    expect(nhsNumberProblem("9434765919")).toBeNull();
    expect(nhsNumberProblem("943 476 5919")).toBeNull();
    expect(nhsNumberProblem("401-023-2137")).toBeNull();
  });

  it("refuse a wrong check digit", () => {
    expect(nhsNumberProblem("9434765918")).toBe("check-digit");
  });

  it("refuse anything but ten digits", () => {
    expect(nhsNumberProblem("943476591")).toBe("not-ten-digits");
    expect(nhsNumberProblem("94347659190")).toBe("not-ten-digits");
    expect(nhsNumberProblem("94347659A9")).toBe("not-ten-digits");
  });

  it("treat a remainder giving 10 as invalid and 11 as 0", () => {
    // 1,0,0,0,0,0,0,0,1: 10 + 2 = 12 → 12 mod 11 = 1 → 11 - 1 = 10: no valid number.
    expect(nhsCheckDigit("100000001")).toBeNull();
    // 0,0,0,0,0,0,0,0,0: sum 0 → 11 → 0.
    expect(nhsCheckDigit("000000000")).toBe(0);
  });

  it("are shown in 3-3-4 groups", () => {
    expect(formatNhsNumber("9434765919")).toBe("943 476 5919");
  });
});

describe("postcodes", () => {
  it("are normalised to upper case with one space", () => {
    expect(normalisePostcode("m46aa")).toBe("M4 6AA");
    expect(normalisePostcode(" bl1   4ab ")).toBe("BL1 4AB");
    expect(normalisePostcode("SW1A 1AA")).toBe("SW1A 1AA");
  });

  it("are refused when not shaped like a postcode", () => {
    expect(normalisePostcode("not a postcode")).toBeNull();
    expect(normalisePostcode("M4")).toBeNull();
  });
});

describe("likely duplicates", () => {
  const person = {
    givenName: "Jonathan",
    familyName: "O'Brien",
    dateOfBirth: new Date(Date.UTC(1980, 4, 1)),
    nhsNumber: "9434765919",
    postcode: "M4 6AA",
  };

  it("match on the same NHS number", () => {
    expect(duplicateReasons(person, { ...person, givenName: "Someone", familyName: "Else", dateOfBirth: new Date(0) })).toEqual([
      "Same NHS number",
    ]);
  });

  it("match a similar name with the same date of birth", () => {
    const typo = { ...person, givenName: "Jonathon", familyName: "OBrien", nhsNumber: null, postcode: null };
    expect(duplicateReasons(typo, { ...person, nhsNumber: null, postcode: null })).toEqual([
      "Similar name and same date of birth",
    ]);
    const short = { ...typo, givenName: "Jon" };
    expect(duplicateReasons(short, { ...person, nhsNumber: null, postcode: null })).toEqual([
      "Similar name and same date of birth",
    ]);
  });

  it("match the same postcode and date of birth", () => {
    const other = { ...person, givenName: "Mary", familyName: "Smith", nhsNumber: null };
    expect(duplicateReasons(other, { ...person, nhsNumber: null })).toEqual(["Same postcode and date of birth"]);
  });

  it("do not match a different person", () => {
    expect(
      duplicateReasons(person, { ...person, givenName: "Mary", nhsNumber: null, postcode: "BL1 4AB" }),
    ).toEqual([]);
  });

  it("compare names without case, accents or punctuation", () => {
    expect(searchNameOf("Zoë", "O'Brien-Smith")).toBe("zoe obrien smith");
    expect(editDistance("kitten", "sitting")).toBe(3);
  });
});
