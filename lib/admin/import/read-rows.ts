// Reads an uploaded CSV into rows keyed by column, checking the header against what the import
// expects. Every problem is reported; nothing is written here.
import { CsvParseError, parseCsv } from "@/lib/domain/csv";
import { hasControlCharacters } from "@/lib/forms/text";
import { columnKey, importColumns, importLimits, type ImportKind, type RowError } from "./import-kinds";

export type CsvRow = { row: number; values: Record<string, string> };

export function readImportRows(kind: ImportKind, text: string): { ok: true; rows: CsvRow[] } | { ok: false; errors: RowError[] } {
  if (new TextEncoder().encode(text).length > importLimits.maxBytes) {
    return { ok: false, errors: [{ row: 0, column: null, message: "The file must be smaller than 5 MB" }] };
  }
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvParseError) return { ok: false, errors: [{ row: error.row, column: null, message: error.message }] };
    throw error;
  }
  const [header, ...body] = records;
  if (!header || header.every((h) => h.trim() === "")) {
    return { ok: false, errors: [{ row: 1, column: null, message: "The file is empty: its first row must name the columns" }] };
  }
  const columns = header.map(columnKey);
  const specs = importColumns[kind];
  const errors: RowError[] = [];
  for (const spec of specs) {
    if (spec.required && !columns.includes(spec.name)) errors.push({ row: 1, column: spec.name, message: `The column "${spec.name}" is missing` });
  }
  for (const column of columns) {
    if (column && !specs.some((s) => s.name === column)) {
      errors.push({ row: 1, column, message: `"${column}" is not a column of a ${kind} import` });
    }
  }
  const duplicated = columns.filter((c, i) => c && columns.indexOf(c) !== i);
  for (const column of new Set(duplicated)) errors.push({ row: 1, column, message: `The column "${column}" appears more than once` });
  if (errors.length) return { ok: false, errors };

  const rows: CsvRow[] = [];
  body.forEach((fields, index) => {
    if (fields.every((f) => f.trim() === "")) return;
    const values: Record<string, string> = {};
    columns.forEach((column, c) => {
      values[column] = (fields[c] ?? "").trim();
      // A control character (a NUL byte, say) cannot be stored: report the cell, never fail the import.
      if (hasControlCharacters(values[column])) {
        errors.push({ row: index + 2, column, message: `Row ${index + 2}, ${column}: remove the invisible control characters` });
      }
    });
    rows.push({ row: index + 2, values });
    if (fields.length > columns.length && fields.slice(columns.length).some((f) => f.trim() !== "")) {
      errors.push({ row: index + 2, column: null, message: `Row ${index + 2} has more fields than the header has columns` });
    }
  });
  if (rows.length === 0) errors.push({ row: 2, column: null, message: "The file has no rows after the header" });
  if (rows.length > importLimits.maxRows) {
    errors.push({ row: 0, column: null, message: `The file has ${rows.length.toLocaleString("en-GB")} rows: import at most ${importLimits.maxRows.toLocaleString("en-GB")} at a time` });
  }
  return errors.length ? { ok: false, errors } : { ok: true, rows };
}
