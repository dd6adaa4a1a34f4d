// Small-number suppression for aggregates (DOMAIN.md): counts from 1 to 4 are shown as "<5" so
// nobody can be identified from a figure.
export const suppressionThreshold = 5;

export type SuppressedCount = { display: string; value: number | null };

export function suppressCount(count: number): SuppressedCount {
  if (count > 0 && count < suppressionThreshold) return { display: "<5", value: null };
  return { display: count.toLocaleString("en-GB"), value: count };
}
