// How a typed search and a person's name are normalised before they are compared.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editDistance, searchNameOf } from "@/lib/domain/person-matching";
import { parseSearchTerms } from "@/lib/people/search-terms";

const letters = fc.string({ unit: fc.constantFrom(..."abcdefghijklmnopqrstuvwxyz"), minLength: 1, maxLength: 12 });
const nameWords = fc.array(letters, { minLength: 1, maxLength: 4 });

describe("names as search compares them", () => {
  it("ignore case, accents, apostrophes and extra spaces", () => {
    expect(searchNameOf("  Zoë ", "O'BRIEN")).toBe("zoe obrien");
    expect(searchNameOf("José", "Núñez")).toBe("jose nunez");
    expect(searchNameOf("Anne-Marie", "D’Arcy")).toBe("anne marie darcy");
  });

  it("read hyphens as spaces, so either half of a double-barrelled name is a word", () => {
    expect(searchNameOf("Sam", "Smith-Jones").split(" ")).toEqual(["sam", "smith", "jones"]);
  });

  it("spell Mc as Mac at the start of a word only", () => {
    expect(searchNameOf("Ewan", "McDonald")).toBe(searchNameOf("Ewan", "MacDonald"));
    expect(searchNameOf("Ewan", "Mcdonald")).toBe("ewan macdonald");
    expect(searchNameOf("Emcee", "Smc")).toBe("emcee smc");
  });

  it("are idempotent and hold only lower-case letters and single spaces", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (given, family) => {
        const once = searchNameOf(given, family);
        expect(searchNameOf(once, "")).toBe(once);
        expect(once).toMatch(/^([a-z]+( [a-z]+)*)?$/);
      }),
    );
  });

  it("do not depend on case or on accents added to the letters", () => {
    fc.assert(
      fc.property(nameWords, (words) => {
        const plain = words.join(" ");
        const accented = plain.replace(/e/g, "é").replace(/a/g, "à");
        expect(searchNameOf(plain.toUpperCase(), "")).toBe(searchNameOf(plain, ""));
        expect(searchNameOf(accented, "")).toBe(searchNameOf(plain, ""));
      }),
    );
  });
});

describe("edit distance", () => {
  it("counts a swap of neighbouring letters as one edit", () => {
    expect(editDistance("daives", "davies")).toBe(1);
    expect(editDistance("smtih", "smith")).toBe(1);
    expect(editDistance("davies", "davis")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
  });

  it("is zero only for equal words, symmetric, and at most one for one swap", () => {
    fc.assert(
      fc.property(letters, letters, (a, b) => {
        expect(editDistance(a, b) === 0).toBe(a === b);
        expect(editDistance(a, b)).toBe(editDistance(b, a));
      }),
    );
    fc.assert(
      fc.property(letters.filter((w) => w.length >= 2), fc.nat(), (word, at) => {
        const i = at % (word.length - 1);
        const swapped = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
        expect(editDistance(word, swapped)).toBeLessThanOrEqual(1);
      }),
    );
  });
});

describe("what a worker types into the person search", () => {
  it("is an NHS number when it is ten digits, spaced or not", () => {
    expect(parseSearchTerms("943 476 5919")).toEqual({ kind: "nhsNumber", nhsNumber: "9434765919" });
  });

  it("is a name, normalised, narrowed by a date of birth and a postcode given anywhere", () => {
    expect(parseSearchTerms("McDonald 27/3/1985 m46aa")).toEqual({
      kind: "name",
      words: ["macdonald"],
      dateOfBirth: new Date(Date.UTC(1985, 2, 27)),
      postcode: "M4 6AA",
    });
    expect(parseSearchTerms("Jane  Smith-Jones")).toEqual({ kind: "name", words: ["jane", "smith", "jones"], dateOfBirth: null, postcode: null });
  });

  it("is a postcode or a date of birth on their own, and both together", () => {
    expect(parseSearchTerms("M4 6AA")).toEqual({ kind: "postcode", postcode: "M4 6AA", dateOfBirth: null });
    expect(parseSearchTerms("27/3/1985")).toEqual({ kind: "dateOfBirth", dateOfBirth: new Date(Date.UTC(1985, 2, 27)) });
    expect(parseSearchTerms("27/3/1985 M4 6AA")).toEqual({ kind: "postcode", postcode: "M4 6AA", dateOfBirth: new Date(Date.UTC(1985, 2, 27)) });
  });

  it("says why a date that does not exist is not searched", () => {
    expect(parseSearchTerms("Smith 31/2/1985")).toEqual({ kind: "invalid", message: "Date of birth must be a real date, like 27/3/1985" });
  });

  it("keeps at most five words of a name, and nothing typed is nothing searched", () => {
    const terms = parseSearchTerms("a b c d e f g");
    expect(terms.kind === "name" && terms.words).toEqual(["a", "b", "c", "d", "e"]);
    expect(parseSearchTerms("   ")).toEqual({ kind: "empty" });
    expect(parseSearchTerms("!!!")).toEqual({ kind: "empty" });
  });

  it("finds the words of any name among letters, whatever else is typed around them", () => {
    fc.assert(
      fc.property(nameWords, (words) => {
        const terms = parseSearchTerms(`${words.join("  ")} `);
        // "Mc" is spelt "Mac" wherever a name is compared (searchNameOf).
        const expected = words.slice(0, 5).map((word) => word.replace(/^mc(?=[a-z])/, "mac"));
        if (terms.kind !== "name") return; // a word like "m" + a postcode-shaped pair is read as a postcode
        expect(terms.words).toEqual(expected);
      }),
    );
  });
});
