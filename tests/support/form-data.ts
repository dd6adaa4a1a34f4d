// FormData as a browser would post it, from a plain object (arrays become repeated fields,
// dates become day/month/year parts).
export function formDataOf(fields: Record<string, string | string[] | Date | undefined>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (value instanceof Date) {
      form.set(`${name}.day`, String(value.getUTCDate()));
      form.set(`${name}.month`, String(value.getUTCMonth() + 1));
      form.set(`${name}.year`, String(value.getUTCFullYear()));
    } else if (Array.isArray(value)) {
      for (const v of value) form.append(name, v);
    } else {
      form.set(name, value);
    }
  }
  return form;
}
