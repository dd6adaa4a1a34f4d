// Money as the portal shows and reads it: integer pence, shown as pounds with thousands
// separators (£12,345.67, or £12,345 where pence do not matter), read from what people type.
const withPence = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", minimumFractionDigits: 2 });
const wholePounds = new Intl.NumberFormat("en-GB", { style: "currency", currency: "GBP", maximumFractionDigits: 0 });

export function formatPence(pence: number | bigint): string {
  return withPence.format(Number(pence) / 100);
}

/** Rounded to the pound, for tables of totals. */
export function formatPounds(pence: number | bigint): string {
  return wholePounds.format(Math.round(Number(pence) / 100));
}

/** "£2.41" per £1: a return on investment as money back for every pound. */
export function formatRatio(ratio: number): string {
  return `£${ratio.toFixed(2)}`;
}

export function formatYears(years: number): string {
  const rounded = Math.round(years * 10) / 10;
  return `${rounded.toLocaleString("en-GB", { maximumFractionDigits: 1 })} ${rounded === 1 ? "year" : "years"}`;
}

/** Percent with up to two decimals from basis points: 2500 → "25", 1250 → "12.5". */
export function formatBasisPoints(basisPoints: number): string {
  return (basisPoints / 100).toLocaleString("en-GB", { maximumFractionDigits: 2 });
}

const poundsPattern = /^£?\s*(\d{1,3}(,\d{3})+|\d+)(\.(\d{1,2}))?$/;

/** "£1,250.50", "1250.5" or "1250" → pence; null when it is not an amount of money. */
export function parsePounds(text: string): number | null {
  const match = poundsPattern.exec(text.trim());
  if (!match) return null;
  const pounds = Number(match[1].replace(/,/g, ""));
  const pence = match[4] ? Number(match[4].padEnd(2, "0")) : 0;
  const total = pounds * 100 + pence;
  return Number.isSafeInteger(total) ? total : null;
}

const percentPattern = /^(\d{1,3})(\.(\d{1,2}))?\s*%?$/;

/** "25", "12.5" or "12.5%" → basis points (2500, 1250); null when not a percentage 0–100. */
export function parsePercent(text: string): number | null {
  const match = percentPattern.exec(text.trim());
  if (!match) return null;
  const value = Number(match[1]) * 100 + (match[3] ? Number(match[3].padEnd(2, "0")) : 0);
  return value <= 10_000 ? value : null;
}

/** Pence as the plain pounds a form field holds: 125050 → "1250.50". */
export function penceAsPounds(pence: number): string {
  return (pence / 100).toFixed(2);
}
