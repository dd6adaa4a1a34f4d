// Reads what a worker typed into the person search: an NHS number, a postcode, a date of birth
// (day/month/year) or words of a name.
import { normaliseNhsNumber, nhsNumberProblem } from "@/lib/domain/nhs-number";
import { searchNameOf } from "@/lib/domain/person-matching";
import { normalisePostcode } from "@/lib/domain/postcode";
import { searchText } from "@/lib/forms/search-text";

export type SearchTerms =
  | { kind: "nhsNumber"; nhsNumber: string }
  | { kind: "postcode"; postcode: string }
  | { kind: "dateOfBirth"; dateOfBirth: Date }
  | { kind: "name"; words: string[] }
  | { kind: "empty" }
  /** Nothing is searched: the worker is told why at the field. */
  | { kind: "invalid"; message: string };

export function parseSearchTerms(text: string): SearchTerms {
  const checked = searchText(text);
  if (checked.error) return { kind: "invalid", message: checked.error };
  const trimmed = checked.text;
  if (!trimmed) return { kind: "empty" };
  if (/^[\d\s-]{10,13}$/.test(trimmed) && nhsNumberProblem(trimmed) !== "not-ten-digits") {
    return { kind: "nhsNumber", nhsNumber: normaliseNhsNumber(trimmed) };
  }
  const date = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(trimmed);
  if (date) {
    const [day, month, year] = [Number(date[1]), Number(date[2]), Number(date[3])];
    const dateOfBirth = new Date(Date.UTC(year, month - 1, day));
    if (dateOfBirth.getUTCDate() === day && dateOfBirth.getUTCMonth() === month - 1) {
      return { kind: "dateOfBirth", dateOfBirth };
    }
  }
  const postcode = normalisePostcode(trimmed);
  if (postcode) return { kind: "postcode", postcode };
  const words = searchNameOf(trimmed, "").split(" ").filter(Boolean).slice(0, 5);
  return words.length ? { kind: "name", words } : { kind: "empty" };
}
