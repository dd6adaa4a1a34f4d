// Reading and writing CSV as RFC 4180 describes it: fields separated by commas, records by CRLF
// (LF and CR alone are accepted too, as spreadsheets on every system write them), fields in
// double quotes may hold commas, line breaks and doubled quotes ("").

export class CsvParseError extends Error {
  constructor(
    message: string,
    /** The 1-based record (spreadsheet row) where the problem is. */
    readonly row: number,
  ) {
    super(message);
    this.name = "CsvParseError";
  }
}

/** Every record as an array of fields. A byte-order mark and one final line break are ignored. */
export function parseCsv(text: string): string[][] {
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false; // inside a quoted field
  let wasQuoted = false; // the current field was quoted and its closing quote has been read
  let i = 0;

  const endField = () => {
    record.push(field);
    field = "";
    wasQuoted = false;
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };

  while (i < input.length) {
    const char = input[i];
    if (quoted) {
      if (char === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        wasQuoted = true;
        i += 1;
        continue;
      }
      field += char;
      i += 1;
      continue;
    }
    if (char === ",") {
      endField();
      i += 1;
    } else if (char === "\r" || char === "\n") {
      endRecord();
      i += char === "\r" && input[i + 1] === "\n" ? 2 : 1;
    } else if (char === '"') {
      if (field !== "" || wasQuoted) {
        throw new CsvParseError(
          `Row ${records.length + 1} has a double quote inside a field that does not start with one: put the whole field in double quotes and double the quote ("")`,
          records.length + 1,
        );
      }
      quoted = true;
      i += 1;
    } else {
      if (wasQuoted) {
        throw new CsvParseError(
          `Row ${records.length + 1} has text after the closing double quote of a field`,
          records.length + 1,
        );
      }
      field += char;
      i += 1;
    }
  }
  if (quoted) {
    throw new CsvParseError(
      `Row ${records.length + 1} has a field whose double quotes are never closed`,
      records.length + 1,
    );
  }
  // The last record, unless the text ended with a line break (or was empty).
  if (field !== "" || wasQuoted || record.length > 0) endRecord();
  return records;
}

// A cell starting with one of these is run as a formula by spreadsheet programs (CSV injection).
const formulaStart = /^[=+\-@\t\r]/;

function csvField(value: string | number | null | undefined, neutraliseFormulas: boolean): string {
  let text = value === null || value === undefined ? "" : String(value);
  if (neutraliseFormulas && formulaStart.test(text)) text = `'${text}`;
  // A leading byte-order mark is quoted too, or a reader would take it for the file's own and drop it.
  return /[",\r\n]|^\uFEFF/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Records as CSV text with CRLF line ends. By default a cell that a spreadsheet would run as a
 * formula is prefixed with an apostrophe, so an export cannot carry one to whoever opens it.
 */
export function toCsv(
  records: readonly (readonly (string | number | null | undefined)[])[],
  options: { neutraliseFormulas?: boolean } = {},
): string {
  const neutralise = options.neutraliseFormulas ?? true;
  return records.map((record) => record.map((v) => csvField(v, neutralise)).join(",")).join("\r\n") + "\r\n";
}
