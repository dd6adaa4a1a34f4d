// Spots text that looks like personal data, so the portal can warn before it is saved where
// it does not belong (a barrier is about rules, systems and budgets, never about a person).
// It errs on the side of warning: the user can always save anyway.
import { normaliseNhsNumber, nhsNumberProblem, formatNhsNumber } from "./nhs-number";
import { normalisePostcode } from "./postcode";

export type PersonalDataKind = "nhs-number" | "date-of-birth" | "postcode" | "name";

export type PersonalDataFinding = { kind: PersonalDataKind; text: string };

export type SubjectName = { givenName: string; familyName: string };

export const personalDataKindLabels: Record<PersonalDataKind, string> = {
  "nhs-number": "an NHS number",
  "date-of-birth": "a date of birth",
  postcode: "a postcode",
  name: "the name of the person in a linked case",
};

// A date this many years ago or more could be someone's date of birth; a recent one is more
// likely a meeting or a decision.
const birthYearsAgo = 10;

const months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const monthWords = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec";

const nhsPattern = /(?<![\d])\d{3}[ -]?\d{3}[ -]?\d{4}(?![\d])/g;
const numericDatePattern = /(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d/.-])/g;
const writtenDatePattern = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${monthWords})\\.?,?\\s+(\\d{4})\\b`, "gi");
const birthWordsPattern = /\b(?:d\.o\.b\.?|dob|date of birth|born (?:on|in))\b/gi;
const postcodePattern = /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/gi;

function isRealDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function fullYear(text: string, thisYear: number): number {
  if (text.length === 4) return Number(text);
  const yy = Number(text);
  return yy > thisYear % 100 ? 1900 + yy : 2000 + yy;
}

function couldBeBirthDate(year: number, month: number, day: number, today: Date): boolean {
  const thisYear = today.getUTCFullYear();
  return year >= 1900 && year <= thisYear - birthYearsAgo && isRealDate(year, month, day);
}

function datesOfBirth(text: string, today: Date): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(numericDatePattern)) {
    const year = fullYear(m[3], today.getUTCFullYear());
    if (couldBeBirthDate(year, Number(m[2]), Number(m[1]), today)) found.push(m[0]);
  }
  for (const m of text.matchAll(writtenDatePattern)) {
    const month = months.indexOf(m[2].slice(0, 3).toLowerCase()) + 1;
    if (couldBeBirthDate(Number(m[3]), month, Number(m[1]), today)) found.push(m[0]);
  }
  for (const m of text.matchAll(birthWordsPattern)) found.push(m[0]);
  return found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A linked subject's full name in any case, or their family name written as a name (capitalised). */
function names(text: string, subjects: readonly SubjectName[]): string[] {
  const found: string[] = [];
  for (const { givenName, familyName } of subjects) {
    const family = familyName.trim();
    if (family.length < 2) continue;
    const full = new RegExp(`(?<![\\p{L}])${escapeRegExp(`${givenName.trim()} ${family}`).replace(/ /g, "\\s+")}(?![\\p{L}])`, "iu");
    const fullMatch = full.exec(text);
    if (fullMatch) {
      found.push(fullMatch[0]);
      continue;
    }
    const capitalised = family.charAt(0).toUpperCase() + family.slice(1);
    const surname = new RegExp(`(?<![\\p{L}])${escapeRegExp(capitalised)}(?![\\p{L}])`, "u");
    const surnameMatch = surname.exec(text);
    if (surnameMatch) found.push(surnameMatch[0]);
  }
  return found;
}

/** Everything in the text that looks like personal data, in the order of the kinds above. */
export function findPersonalData(
  text: string,
  options: { subjects?: readonly SubjectName[]; today?: Date } = {},
): PersonalDataFinding[] {
  const today = options.today ?? new Date();
  const findings: PersonalDataFinding[] = [];
  const add = (kind: PersonalDataKind, found: string) => {
    if (!findings.some((f) => f.kind === kind && f.text === found)) findings.push({ kind, text: found });
  };
  for (const m of text.matchAll(nhsPattern)) {
    if (nhsNumberProblem(m[0]) === null) add("nhs-number", formatNhsNumber(normaliseNhsNumber(m[0])));
  }
  for (const found of datesOfBirth(text, today)) add("date-of-birth", found);
  for (const m of text.matchAll(postcodePattern)) {
    const postcode = normalisePostcode(m[0]);
    if (postcode) add("postcode", postcode);
  }
  for (const found of names(text, options.subjects ?? [])) add("name", found);
  return findings;
}
