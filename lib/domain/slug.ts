// URL-friendly names ("Ancoats, Clayton & Bradford" → "ancoats-clayton-bradford"), as the demo
// data makes them, so new places get addresses of the same shape.
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’]/g, "")
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}
