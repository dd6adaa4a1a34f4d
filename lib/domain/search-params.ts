// Query-string values for GET filter forms: one trimmed string per name ("" when absent), and
// links that keep the current filters.
export type SearchParams = Record<string, string | string[] | undefined>;

export function paramOf(params: SearchParams, name: string): string {
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? "";
}

export function hrefWith(path: string, params: Record<string, string>, changes: Record<string, string>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries({ ...params, ...changes })) if (value !== "") query.set(name, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}
