// Reads what a worker typed into the person search: an NHS number, or words of a name, a date of
// birth (day/month/year) and a postcode in any mix — "Daives 27/3/1985", "Jane Smith M4 6AA",
// "27/3/1985 M4 6AA" — each given part narrowing the search.
import { normaliseNhsNumber, nhsNumberProblem } from "@/lib/domain/nhs-number";
import { searchNameOf } from "@/lib/domain/person-matching";
import { normalisePostcode } from "@/lib/domain/postcode";
import { searchText } from "@/lib/forms/search-text";

export type SearchTerms =
  | { kind: "nhsNumber"; nhsNumber: string }
  | { kind: "name"; words: string[]; dateOfBirth: Date | null; postcode: string | null }
  | { kind: "postcode"; postcode: string; dateOfBirth: Date | null }
  | { kind: "dateOfBirth"; dateOfBirth: Date }
  | { kind: "empty" }
  /** Nothing is searched: the worker is told why at the field. */
  | { kind: "invalid"; message: string };

/** At most this many words of a name are matched; more narrow nothing a worker needs. */
export const maxNameWords = 5;

const datePattern = /(^|\s)(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?=\s|$)/;
// A postcode written with or without its space, standing on its own among the words.
const postcodePattern = /(^|\s)([A-Za-z]{1,2}\d[A-Za-z\d]?\s?\d[A-Za-z]{2})(?=\s|$)/;

function takeDate(text: string): { rest: string; dateOfBirth: Date | null } | { invalid: string } {
  const match = datePattern.exec(text);
  if (!match) return { rest: text, dateOfBirth: null };
  const [day, month, year] = [Number(match[2]), Number(match[3]), Number(match[4])];
  const dateOfBirth = new Date(Date.UTC(year, month - 1, day));
  if (dateOfBirth.getUTCDate() !== day || dateOfBirth.getUTCMonth() !== month - 1) {
    return { invalid: "Date of birth must be a real date, like 27/3/1985" };
  }
  return { rest: text.replace(match[0], " "), dateOfBirth };
}

function takePostcode(text: string): { rest: string; postcode: string | null } {
  const match = postcodePattern.exec(text);
  const postcode = match ? normalisePostcode(match[2]) : null;
  return postcode && match ? { rest: text.replace(match[0], " "), postcode } : { rest: text, postcode: null };
}

export function parseSearchTerms(text: string): SearchTerms {
  const checked = searchText(text);
  if (checked.error) return { kind: "invalid", message: checked.error };
  const trimmed = checked.text;
  if (!trimmed) return { kind: "empty" };
  if (/^[\d\s-]{10,13}$/.test(trimmed) && nhsNumberProblem(trimmed) !== "not-ten-digits") {
    return { kind: "nhsNumber", nhsNumber: normaliseNhsNumber(trimmed) };
  }
  const dated = takeDate(trimmed);
  if ("invalid" in dated) return { kind: "invalid", message: dated.invalid };
  const { rest, postcode } = takePostcode(dated.rest);
  const { dateOfBirth } = dated;
  const words = searchNameOf(rest, "").split(" ").filter(Boolean).slice(0, maxNameWords);
  if (words.length > 0) return { kind: "name", words, dateOfBirth, postcode };
  if (postcode) return { kind: "postcode", postcode, dateOfBirth };
  if (dateOfBirth) return { kind: "dateOfBirth", dateOfBirth };
  return { kind: "empty" };
}
