import { describe, expect, it } from "vitest";
import { CsvParseError, parseCsv, toCsv } from "@/lib/domain/csv";

describe("reading CSV (RFC 4180)", () => {
  it("splits records on CRLF and fields on commas", () => {
    expect(parseCsv("a,b,c\r\n1,2,3\r\n")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
  });

  it("accepts LF and lone CR line ends, and a last record without a line break", () => {
    expect(parseCsv("a,b\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
    expect(parseCsv("a\r1\r")).toEqual([["a"], ["1"]]);
  });

  it("keeps commas, line breaks and doubled quotes inside quoted fields", () => {
    expect(parseCsv('name,notes\r\n"Smith, Jo","line one\r\nline two"\r\n"say ""hi""",x\r\n')).toEqual([
      ["name", "notes"],
      ["Smith, Jo", "line one\r\nline two"],
      ['say "hi"', "x"],
    ]);
  });

  it("keeps empty fields, quoted or not", () => {
    expect(parseCsv('a,,""\r\n,,\r\n')).toEqual([
      ["a", "", ""],
      ["", "", ""],
    ]);
  });

  it("ignores a byte-order mark and returns nothing for empty text", () => {
    expect(parseCsv("\uFEFFa,b\r\n")).toEqual([["a", "b"]]);
    expect(parseCsv("")).toEqual([]);
  });

  it("refuses an unclosed quote, naming the row", () => {
    expect(() => parseCsv('a,b\r\n1,"2\r\n3,4\r\n')).toThrow(CsvParseError);
    try {
      parseCsv('a,b\r\n1,"2\r\n');
    } catch (error) {
      expect((error as CsvParseError).row).toBe(2);
      expect((error as CsvParseError).message).toMatch(/Row 2 .*never closed/);
    }
  });

  it("refuses a quote in the middle of an unquoted field and text after a closing quote", () => {
    expect(() => parseCsv('a,b"c\r\n')).toThrow(/Row 1 has a double quote inside a field/);
    expect(() => parseCsv('"a"b,c\r\n')).toThrow(/text after the closing double quote/);
  });
});

describe("writing CSV", () => {
  it("quotes only the fields that need it and ends records with CRLF", () => {
    expect(toCsv([["a", "b,c", 'd"e', "f\ng", 3, null]])).toBe('a,"b,c","d""e","f\ng",3,\r\n');
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    expect(toCsv([["=SUM(A1)", "+1", "-2", "@x", "plain"]])).toBe("'=SUM(A1),'+1,'-2,'@x,plain\r\n");
    expect(toCsv([["=1"]], { neutraliseFormulas: false })).toBe("=1\r\n");
  });

  it("round-trips through the reader", () => {
    const records = [
      ["id", "text"],
      ["1", 'a "quoted", multi\r\nline value'],
      ["2", ""],
    ];
    expect(parseCsv(toCsv(records, { neutraliseFormulas: false }))).toEqual(records);
  });
});
