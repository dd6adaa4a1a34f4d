// Page numbers for lists: read from the query string, clamped to what exists.
export function pageFrom(value: string | string[] | undefined): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(page) && page > 0 ? Math.min(page, 100_000) : 1;
}

export type Paged<Row> = { rows: Row[]; total: number; page: number; pageCount: number; pageSize: number };

export function pageCountOf(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}
