// CSV as properties: whatever strings the cells hold (commas, quotes, line breaks of every kind,
// any Unicode), writing and reading back gives the same rows; a cell a spreadsheet would run as
// a formula never reaches it as one; and reading any text either succeeds or says which row is
// wrong.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CsvParseError, parseCsv, toCsv } from "@/lib/domain/csv";

const awkward = fc.constantFrom(",", '"', '""', "\r", "\n", "\r\n", " ", "=", "+", "-", "@", "\t", "\uFEFF", "'", "é", "😀");
const cell = fc.oneof(
  fc.string({ unit: "binary", maxLength: 12 }),
  fc.array(fc.oneof(awkward, fc.string({ maxLength: 3 })), { maxLength: 6 }).map((parts) => parts.join("")),
);
// At least one row of at least one cell: no rows at all are written as one empty line.
const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 });
const formulaStart = /^[=+\-@\t\r]/;

describe("CSV (properties)", () => {
  it("reads back exactly the rows it wrote, for any strings", () => {
    fc.assert(
      fc.property(rows, (written) => {
        expect(parseCsv(toCsv(written, { neutraliseFormulas: false }))).toEqual(written);
      }),
      { numRuns: 3000, examples: [[[["\uFEFFfirst cell starts with a byte-order mark"]]], [[[""]]], [[["", ""], [""]]]] },
    );
  });

  it("never lets a cell reach a spreadsheet as a formula: such a cell is read back with an apostrophe in front", () => {
    fc.assert(
      fc.property(rows, (written) => {
        const read = parseCsv(toCsv(written));
        expect(read).toEqual(written.map((row) => row.map((value) => (formulaStart.test(value) ? `'${value}` : value))));
        for (const value of read.flat()) expect(value).not.toMatch(formulaStart);
      }),
      { numRuns: 3000 },
    );
  });

  it("ends every record with CRLF and quotes exactly the cells that need it", () => {
    fc.assert(
      fc.property(rows, (written) => {
        const text = toCsv(written, { neutraliseFormulas: false });
        expect(text.endsWith("\r\n")).toBe(true);
        // Outside quotes there is no bare CR or LF: every line break in a cell is inside quotes.
        const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, "");
        expect(outsideQuotes.replace(/\r\n/g, "")).not.toMatch(/[\r\n"]/);
      }),
    );
  });

  it("reads any text or refuses it with the row at fault, never failing otherwise", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), rows.map((r) => toCsv(r)), rows.map((r) => toCsv(r).replace(/"/, ""))), (text) => {
        try {
          const read = parseCsv(text);
          expect(Array.isArray(read)).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(CsvParseError);
          expect((error as CsvParseError).row).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
