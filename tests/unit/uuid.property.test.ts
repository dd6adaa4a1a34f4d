// The one UUID check as properties: every RFC 9562 UUID in canonical form passes, in either case;
// anything changed from one (a character, its length, its hyphens, wrapping) does not; and
// the zod schema forms use says the same as isUuid.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isUuid, uuid } from "@/lib/domain/uuid";

const anyVersion = fc.uuid({ version: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15] });
const hex = "0123456789abcdefABCDEF";

describe("the UUID check (properties)", () => {
  it("accepts every canonical UUID of any version, in upper or lower case", () => {
    fc.assert(
      fc.property(anyVersion, fc.boolean(), (id, upper) => {
        const typed = upper ? id.toUpperCase() : id;
        expect(isUuid(typed)).toBe(true);
        expect(uuid().safeParse(typed).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(isUuid("00000000-0000-0000-0000-000000000000")).toBe(true);
  });

  it("refuses a UUID with one character changed to a non-hex one, one too many or too few, or moved hyphens", () => {
    const mutated = fc.tuple(anyVersion, fc.integer({ min: 0, max: 35 }), fc.string({ minLength: 1, maxLength: 1, unit: "binary" }), fc.nat(4)).map(([id, at, char, how]) => {
      switch (how) {
        case 0:
          return id.slice(0, at) + id.slice(at + 1); // a character dropped
        case 1:
          return id.slice(0, at) + char + id.slice(at); // one added
        case 2:
          return id.replace(/-/g, ""); // no hyphens
        case 3:
          return ` ${id}`; // wrapped in space
        default:
          return id.slice(0, at) + (hex.includes(char) || char === "-" ? "g" : char) + id.slice(at + 1); // replaced by a non-hex
      }
    });
    fc.assert(
      fc.property(mutated, (text) => {
        fc.pre(text.length !== 36 || !/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/i.test(text));
        expect(isUuid(text)).toBe(false);
        expect(uuid().safeParse(text).success).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it("refuses whatever is not a string, and agrees with the schema on any string", () => {
    fc.assert(
      fc.property(fc.anything().filter((v) => typeof v !== "string"), (value) => {
        expect(isUuid(value)).toBe(false);
      }),
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), anyVersion), (text) => {
        expect(uuid().safeParse(text).success).toBe(isUuid(text));
      }),
    );
  });
});
