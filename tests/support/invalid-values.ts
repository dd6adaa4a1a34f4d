// The invalid values the fuzz is built from (fast-check): each is invalid by construction for
// the kind of field it is made for — missing, blank, the wrong type, a control character, too
// long, malformed, out of range — whatever the rest of the form holds. invalid-input.ts says
// which fit each field rule.
import fc from "fast-check";
import type { FieldRule } from "./invalid-input";
import type { DatePartsField, FieldValue } from "./server-actions";
import { uuid } from "@/lib/domain/uuid";

export type Broken<T> = { value: T; why: string };
export type Breaks = fc.Arbitrary<Broken<FieldValue | undefined>>[];

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const controlCharacters = [...Array(32).keys()].filter((c) => c !== 9 && c !== 10 && c !== 13).concat(127).map((c) => String.fromCharCode(c));

/** Any string: every code point, control characters, lone surrogates. */
export const anyString = fc.string({ unit: "binary", maxLength: 24 });
export const blob = fc.constant(null).map(() => new Blob(["a file where text was expected"], { type: "application/octet-stream" }));
export const broke = <T>(arbitrary: fc.Arbitrary<T>, why: string): fc.Arbitrary<Broken<T>> => arbitrary.map((value) => ({ value, why }));

// Between two letters, so no trimming removes it and no number parsing accepts it.
export const withControlCharacter = fc
  .tuple(anyString, fc.constantFrom(...controlCharacters), anyString)
  .map(([before, control, after]) => `${before}x${control}y${after}`);
const nonSpace = fc.constantFrom("a", "Z", "7", "-", "é", "字", "😀", "<");
export const longerThan = (max: number) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.tuple(nonSpace, fc.integer({ min: max + 1, max: max * 3 + 20 })).map(([c, n]) => c.repeat(n)) },
    { weight: 1, arbitrary: fc.constantFrom(100_000, 300_000).map((n) => "x".repeat(n)) },
  );
export const blanks = fc.constantFrom("", " ", "   ", "\t", "\n\n", " \r\n ");
const numberLike = fc.constantFrom("0", "123", "-1", "1e308", "NaN", "null", "undefined", "true", "[object Object]", "{}", "[]");
const nearMissUuid = fc
  .tuple(fc.uuid(), fc.integer({ min: 0, max: 7 }))
  .map(([u, m]) => [u.slice(1), `${u}0`, u.replace(/-/g, ""), `{${u}}`, ` ${u}`, `${u}\n`, `${u.slice(0, 35)}g`, `${u};DROP TABLE "User"`][m]);

export const notUuid = fc.oneof(
  broke(anyString.filter((s) => !uuidPattern.test(s)), "not a UUID"),
  broke(nearMissUuid, "almost a UUID"),
  broke(numberLike, "a number or keyword, not an id"),
  broke(withControlCharacter, "with a control character"),
  broke(longerThan(36), "too long for an id"),
);
export const missing = broke(fc.constant(undefined), "missing");
export const blank = broke(blanks, "blank");
export const wrongType = broke(blob, "a file instead of text");

export function textBreaks(max: number, required: boolean) {
  const always = [broke(withControlCharacter, "with a control character"), broke(longerThan(max), `longer than ${max}`)];
  return required ? [missing, blank, wrongType, ...always] : always;
}

export const unlisted = (values: readonly string[]) => {
  const variants = values.flatMap((v) => [v.toLowerCase(), ` ${v}`, `${v} `, `${v}\u0000`, v.slice(1), `${v}S`]);
  return fc.oneof(anyString, fc.constantFrom(...variants)).filter((s) => s !== "" && !values.includes(s));
};

export function choiceBreaks(values: readonly string[], required: boolean) {
  const always = [broke(unlisted(values), "not one of the choices"), broke(withControlCharacter, "with a control character")];
  return required ? [missing, blank, wrongType, ...always] : always;
}

const day = 86_400_000;
function datePartsAt(date: Date): DatePartsField {
  return { day: String(date.getUTCDate()), month: String(date.getUTCMonth() + 1), year: String(date.getUTCFullYear()) };
}
const todayUtc = () => {
  const now = new Date();
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
};
// Two days' margin either side of today: London's date can be a day ahead of UTC's.
const daysFromToday = (min: number, max: number) => fc.integer({ min, max }).map((n) => datePartsAt(new Date(todayUtc() + n * day)));
const yearBetween = (min: number, max: number) =>
  fc.tuple(fc.integer({ min, max }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => datePartsAt(new Date(Date.UTC(y, m - 1, d))));

export function dateBreaks(rule: Extract<FieldRule, { kind: "date" }>, valid: DatePartsField) {
  const parts = ["day", "month", "year"] as const;
  // A blank optional date is valid: parts are taken away from a real date instead.
  const complete = parts.every((part) => typeof valid[part] === "string" && valid[part] !== "");
  const full = complete ? valid : datePartsAt(new Date(rule.notBefore?.getTime() ?? todayUtc()));
  const emptyPart = fc.constantFrom<string | Blob | undefined>(undefined, "", " ").chain((v) => (v === " " ? blob : fc.constant(v)));
  const partial = fc
    .subarray([...parts], { minLength: 1, maxLength: rule.optional ? 2 : 3 })
    .chain((gone) => fc.tuple(...gone.map((part) => emptyPart.map((v) => [part, v] as const))))
    .map((gone) => ({ ...full, ...Object.fromEntries(gone) }) as DatePartsField);
  const notNumber = fc
    .tuple(fc.constantFrom(...parts), fc.oneof(withControlCharacter, fc.constantFrom("x", "1.5", "-1", "+1", "1e3", "٣", "twelve", "0x1F", "1 2")))
    .map(([part, v]) => ({ ...full, [part]: v }));
  const unreal = fc.constantFrom(["30", "2", "2023"], ["31", "4", "2023"], ["29", "2", "2023"], ["0", "5", "2020"], ["32", "1", "2020"], ["15", "0", "2020"], ["15", "13", "2020"]);
  const shortYear = fc.constantFrom("0", "24", "024", "99999", "20245").map((year) => ({ ...full, year }));
  const breaks: Breaks = [
    broke(partial, "a part missing or not text"),
    broke(notNumber, "a part that is not a number"),
    broke(unreal.map(([d, m, y]) => ({ day: d, month: m, year: y })), "not a real date"),
    broke(shortYear, "a year without 4 digits"),
    broke(yearBetween(1000, 1899), "before 1900"),
  ];
  if (!rule.optional) breaks.push(missing);
  if (rule.rule === "pastOrToday") breaks.push(broke(daysFromToday(2, 4000), "in the future"));
  if (rule.rule === "futureOrToday") {
    breaks.push(broke(daysFromToday(-20_000, -2), "in the past"), broke(daysFromToday(5 * 366 + 2, 30 * 365), "more than 5 years ahead"));
  }
  if (rule.rule === "any") breaks.push(broke(yearBetween(2101, 9999), "after 2100"));
  if (rule.notBefore) {
    const limit = rule.notBefore.getTime();
    breaks.push(broke(fc.integer({ min: 1, max: 3650 }).map((n) => datePartsAt(new Date(limit - n * day))), "before the date it must follow"));
  }
  return breaks;
}

export function idsBreaks(rule: Extract<FieldRule, { kind: "ids" }>, valid: string[]) {
  const withOneBad = fc
    .tuple(rule.emptyMeansNone ? notUuid.map((b) => b.value).filter((v) => v !== "") : fc.oneof(notUuid.map((b) => b.value), blanks), fc.nat())
    .map(([bad, at]) => [...valid.slice(0, at % (valid.length + 1)), bad, ...valid.slice(at % (valid.length + 1))]);
  const breaks: Breaks = [broke(withOneBad, "one of them not an id"), broke(fc.array(blob, { minLength: 1, maxLength: 3 }), "files instead of ids")];
  if (rule.min >= 1) breaks.push(missing);
  if (rule.min >= 2 && valid[0]) breaks.push(broke(fc.integer({ min: rule.min, max: rule.min + 3 }).map((n) => Array(n).fill(valid[0])), `the same id repeated to make up ${rule.min}`));
  if (rule.max !== undefined) breaks.push(broke(fc.uniqueArray(fc.uuid(), { minLength: rule.max + 1, maxLength: rule.max + 4 }), `more than ${rule.max}`));
  return breaks;
}

export const emailBreaks = [
  missing,
  blank,
  wrongType,
  broke(withControlCharacter, "with a control character"),
  broke(anyString.filter((s) => !s.includes("@")), "without an @"),
  broke(fc.constantFrom("name@", "@example.org", "name@@example.org", "name example.org", "name@example"), "not an email address"),
  broke(fc.integer({ min: 250, max: 2000 }).map((n) => `${"a".repeat(n)}@example.org`), "longer than 254"),
];

function nhsCheckDigit(firstNine: string): number | null {
  const sum = [...firstNine].reduce((total, digit, i) => total + Number(digit) * (10 - i), 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? null : check;
}
const nineDigits = fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 9, maxLength: 9 }).map((d) => d.join(""));
export const wrongCheckDigit = fc
  .tuple(nineDigits, fc.integer({ min: 1, max: 9 }))
  .map(([nine, shift]) => {
    const check = nhsCheckDigit(nine);
    return `${nine}${check === null ? shift : (check + shift) % 10}`;
  });
