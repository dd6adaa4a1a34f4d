// UK postcodes: normalised to upper case with one space before the inward code ("M4 6AA").
const postcodePattern = /^([A-Z]{1,2}\d[A-Z\d]?)\s*(\d[A-Z]{2})$/;

export function normalisePostcode(text: string): string | null {
  const match = postcodePattern.exec(text.trim().toUpperCase().replace(/\s+/g, " "));
  return match ? `${match[1]} ${match[2]}` : null;
}
