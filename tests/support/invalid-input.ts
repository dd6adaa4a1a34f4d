// Generated input that is invalid by construction, for fuzzing server actions (fast-check).
// Each field of a form is described by the rule a browser-independent reader of the form would
// state ("a required id", "a date today or in the past"); an input starts from a valid one and
// breaks one to three fields (or bound arguments) so that the rule is certainly broken,
// whatever else the input holds. Around that it adds noise that never repairs a broken field:
// unexpected extra fields, and second values after intact single-valued fields (a form reads the
// first). Nothing here asks the app's own schemas what is valid.
import fc from "fast-check";
import { isDateParts, type DatePartsField, type FieldValue, type FormFields } from "./server-actions";

export type FieldRule =
  /** A required record id (a UUID). */
  | { kind: "id" }
  /** An id that may be left empty. */
  | { kind: "optionalId" }
  /** Typed text, required, at most `max` characters after trimming, no control characters. */
  | { kind: "text"; max: number }
  | { kind: "optionalText"; max: number }
  /** One of a fixed list (a select, radios, or a hidden field saying which change this is). */
  | { kind: "choice"; values: readonly string[] }
  /** One of a list, or empty. */
  | { kind: "optionalChoice"; values: readonly string[] }
  /** Day, month and year; `notBefore`: a date the field must not be earlier than. */
  | { kind: "date"; rule: "pastOrToday" | "futureOrToday" | "any"; optional?: boolean; notBefore?: Date }
  /** Ids ticked in a list: at least `min` different ones, at most `max`. */
  | { kind: "ids"; min: number; max?: number }
  | { kind: "email" }
  /** When the form was opened (an ISO date-time, for optimistic concurrency). */
  | { kind: "timestamp" }
  /** A record version: a whole number, 1 or more. */
  | { kind: "version" }
  /** A whole number of residents up to 1,000,000 (commas allowed). */
  | { kind: "population" }
  /** A code of letters, digits and hyphens. */
  | { kind: "code"; max: number }
  /** Short codes ticked in a list (each at most `max` characters, no control characters). */
  | { kind: "codes"; max: number }
  /** Roles ticked: at least one, each a real role. */
  | { kind: "roles"; values: readonly string[] }
  /** Areas a locality lead leads, for a user the valid input does not make a locality lead. */
  | { kind: "leadAreasOfNonLead" }
  /** A case reference like GT-000123. */
  | { kind: "caseReference" }
  /** An NHS number (optional): ten digits with a modulus-11 check digit. */
  | { kind: "nhsNumber" }
  /** A UK postcode (optional). */
  | { kind: "postcode" }
  /** A sign-in password: required, at most `max` characters, no control characters, not trimmed. */
  | { kind: "password"; max: number }
  /** A new password: 12 to 256 characters, no control characters, not easily guessed. */
  | { kind: "newPassword" }
  /** A search box: at most `max` characters after trimming, no control characters. */
  | { kind: "search"; max: number }
  /** Must be exactly the valid input's value (a one-time token, a repeated password). */
  | { kind: "exactly" }
  /** Any value is valid (a checkbox whose absence is a meaningful answer): never broken. */
  | { kind: "free" };

export type BoundRule = { kind: "id" } | { kind: "boolean" };

export type FuzzSpec = { bound?: BoundRule[]; form?: Record<string, FieldRule> };

/** A valid call's input: the bound arguments and the form's fields. */
export type ValidInput = { bound: unknown[]; form?: FormFields };

export type InvalidInput = {
  bound: unknown[];
  form?: FormFields;
  /** Second values and unexpected fields, appended after the form's own. */
  more: [string, string | Blob][];
  /** What was broken, to read in a failure. */
  broken: string[];
};

type Broken<T> = { value: T; why: string };
type Breaks = fc.Arbitrary<Broken<FieldValue | undefined>>[];

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const controlCharacters = [...Array(32).keys()].filter((c) => c !== 9 && c !== 10 && c !== 13).concat(127).map((c) => String.fromCharCode(c));

/** Any string: every code point, control characters, lone surrogates. */
export const anyString = fc.string({ unit: "binary", maxLength: 24 });
const blob = fc.constant(null).map(() => new Blob(["a file where text was expected"], { type: "application/octet-stream" }));
const broke = <T>(arbitrary: fc.Arbitrary<T>, why: string): fc.Arbitrary<Broken<T>> => arbitrary.map((value) => ({ value, why }));

// Between two letters, so no trimming removes it and no number parsing accepts it.
const withControlCharacter = fc
  .tuple(anyString, fc.constantFrom(...controlCharacters), anyString)
  .map(([before, control, after]) => `${before}x${control}y${after}`);
const nonSpace = fc.constantFrom("a", "Z", "7", "-", "é", "字", "😀", "<");
const longerThan = (max: number) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.tuple(nonSpace, fc.integer({ min: max + 1, max: max * 3 + 20 })).map(([c, n]) => c.repeat(n)) },
    { weight: 1, arbitrary: fc.constantFrom(100_000, 300_000).map((n) => "x".repeat(n)) },
  );
const blanks = fc.constantFrom("", " ", "   ", "\t", "\n\n", " \r\n ");
const numberLike = fc.constantFrom("0", "123", "-1", "1e308", "NaN", "null", "undefined", "true", "[object Object]", "{}", "[]");
const nearMissUuid = fc
  .tuple(fc.uuid(), fc.integer({ min: 0, max: 7 }))
  .map(([u, m]) => [u.slice(1), `${u}0`, u.replace(/-/g, ""), `{${u}}`, ` ${u}`, `${u}\n`, `${u.slice(0, 35)}g`, `${u};DROP TABLE "User"`][m]);

const notUuid = fc.oneof(
  broke(anyString.filter((s) => !uuidPattern.test(s)), "not a UUID"),
  broke(nearMissUuid, "almost a UUID"),
  broke(numberLike, "a number or keyword, not an id"),
  broke(withControlCharacter, "with a control character"),
  broke(longerThan(36), "too long for an id"),
);
const missing = broke(fc.constant(undefined), "missing");
const blank = broke(blanks, "blank");
const wrongType = broke(blob, "a file instead of text");

function textBreaks(max: number, required: boolean) {
  const always = [broke(withControlCharacter, "with a control character"), broke(longerThan(max), `longer than ${max}`)];
  return required ? [missing, blank, wrongType, ...always] : always;
}

const unlisted = (values: readonly string[]) => {
  const variants = values.flatMap((v) => [v.toLowerCase(), ` ${v}`, `${v} `, `${v}\u0000`, v.slice(1), `${v}S`]);
  return fc.oneof(anyString, fc.constantFrom(...variants)).filter((s) => s !== "" && !values.includes(s));
};

function choiceBreaks(values: readonly string[], required: boolean) {
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

function dateBreaks(rule: Extract<FieldRule, { kind: "date" }>, valid: DatePartsField) {
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

function idsBreaks(rule: Extract<FieldRule, { kind: "ids" }>, valid: string[]) {
  const withOneBad = fc
    .tuple(fc.oneof(notUuid.map((b) => b.value), blanks), fc.nat())
    .map(([bad, at]) => [...valid.slice(0, at % (valid.length + 1)), bad, ...valid.slice(at % (valid.length + 1))]);
  const breaks: Breaks = [broke(withOneBad, "one of them not an id"), broke(fc.array(blob, { minLength: 1, maxLength: 3 }), "files instead of ids")];
  if (rule.min >= 1) breaks.push(missing);
  if (rule.min >= 2 && valid[0]) breaks.push(broke(fc.integer({ min: rule.min, max: rule.min + 3 }).map((n) => Array(n).fill(valid[0])), `the same id repeated to make up ${rule.min}`));
  if (rule.max !== undefined) breaks.push(broke(fc.uniqueArray(fc.uuid(), { minLength: rule.max + 1, maxLength: rule.max + 4 }), `more than ${rule.max}`));
  return breaks;
}

const emailBreaks = [
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
const wrongCheckDigit = fc
  .tuple(nineDigits, fc.integer({ min: 1, max: 9 }))
  .map(([nine, shift]) => {
    const check = nhsCheckDigit(nine);
    return `${nine}${check === null ? shift : (check + shift) % 10}`;
  });

function ruleBreaks(rule: FieldRule, valid: FieldValue | undefined): Breaks {
  const validText = typeof valid === "string" ? valid : "";
  const validList = Array.isArray(valid) ? valid.filter((v): v is string => typeof v === "string") : [];
  switch (rule.kind) {
    case "id":
      return [missing, blank, wrongType, notUuid];
    case "optionalId":
      // Empty means "none chosen", which is valid.
      return [notUuid.filter((b) => b.value !== "")];
    case "text":
    case "optionalText":
      return textBreaks(rule.max, rule.kind === "text");
    case "choice":
    case "optionalChoice":
      return choiceBreaks(rule.values, rule.kind === "choice");
    case "date":
      return dateBreaks(rule, isDateParts(valid) ? valid : {});
    case "ids":
      return idsBreaks(rule, validList);
    case "email":
      return emailBreaks;
    case "timestamp":
      return [
        missing,
        blank,
        wrongType,
        broke(withControlCharacter, "with a control character"),
        broke(fc.constantFrom("yesterday", "2024-01-01", "01/02/2024 10:00", "2024-01-01 10:00:00", "1700000000000", "now"), "not a date-time"),
        broke(anyString.filter((s) => !/\d{4}-\d\d-\d\dT\d\d:\d\d/.test(s)), "not a date-time"),
      ];
    case "version":
      return [
        missing,
        blank,
        wrongType,
        broke(fc.constantFrom("0", "-1", "1.5", "abc", "1e400", "one", "1,0"), "not a whole number from 1"),
        broke(anyString.filter((s) => !(Number.isInteger(Number(s)) && Number(s) >= 1)), "not a whole number from 1"),
      ];
    case "population":
      return [
        missing,
        blank,
        wrongType,
        broke(withControlCharacter, "with a control character"),
        broke(fc.constantFrom("42k", "forty thousand", "-42000", "42000.5", "4 2000", "1e5", "0x10"), "not a whole number"),
        broke(fc.bigInt({ min: 1_000_001n, max: 10n ** 15n }).map(String), "more than 1,000,000"),
        broke(anyString.filter((s) => !/^\d+$/.test(s.trim().replace(/,/g, ""))), "not a whole number"),
      ];
    case "code":
      return [
        ...textBreaks(rule.max, true),
        broke(fc.constantFrom("_", ".", "/", "!", "é", "£", "#", " ", "@", "+").map((c) => `AB${c}12`), "a character other than letters, digits and hyphens"),
      ];
    case "codes":
      return [
        broke(longerThan(rule.max).map((code) => [...validList, code]), `one longer than ${rule.max}`),
        broke(withControlCharacter.map((code) => [...validList, code]), "one with a control character"),
      ];
    case "roles":
      return [
        missing,
        broke(fc.array(blob, { minLength: 1, maxLength: 2 }), "files instead of roles"),
        broke(fc.tuple(unlisted(rule.values), fc.boolean()).map(([bad, first]) => (first ? [bad, rule.values[0]] : [rule.values[0], bad])), "one of them not a role"),
      ];
    case "leadAreasOfNonLead":
      return [broke(fc.array(fc.oneof(anyString, fc.uuid().map((id) => `locality:${id}`), fc.uuid().map((id) => `neighbourhood:${id}`)), { minLength: 1, maxLength: 3 }), "areas for someone who leads none")];
    case "caseReference":
      return [
        missing,
        blank,
        wrongType,
        broke(withControlCharacter, "with a control character"),
        broke(fc.constantFrom("GT-", "GT-12a", "GT-1234567890", "case 12", "GT--12", "12-GT"), "not a case reference"),
        broke(anyString.filter((s) => !/^\s*(?:gt-?)?0*(\d{1,9})\s*$/i.test(s)), "not a case reference"),
      ];
    case "nhsNumber":
      return [
        broke(withControlCharacter, "with a control character"),
        broke(fc.oneof(fc.stringMatching(/^\d{1,9}$/), fc.stringMatching(/^\d{11,14}$/)), "not 10 digits"),
        broke(fc.constantFrom("943 476 591X", "NHS 9434765919", "94347659I9"), "not digits"),
        broke(wrongCheckDigit, "a wrong check digit"),
      ];
    case "postcode":
      return [
        broke(withControlCharacter, "with a control character"),
        broke(fc.constantFrom("M4", "ZZZZ ZZZ", "12345", "M4 6A", "SW1A1AAA", "M4-6AA", "!!", "M4 6ÅA", "M4 6AAM4 6AA"), "not a postcode"),
      ];
    case "password":
      return [missing, broke(fc.constant(""), "empty"), wrongType, broke(withControlCharacter, "with a control character"), broke(longerThan(rule.max), `longer than ${rule.max}`)];
    case "newPassword":
      return [
        missing,
        wrongType,
        broke(fc.string({ unit: "binary", maxLength: 11 }), "shorter than 12 characters"),
        broke(withControlCharacter.map((p) => `${p}long enough words`), "with a control character"),
        broke(longerThan(256), "longer than 256"),
        broke(fc.constantFrom("password1234", "Password2024!", "qwertyuiop123", "aaaaaaaaaaaaaaaa", "abababababababab"), "easily guessed"),
      ];
    case "search":
      return [broke(withControlCharacter, "with a control character"), broke(longerThan(rule.max), `longer than ${rule.max}`)];
    case "exactly":
      return [
        missing,
        blank,
        wrongType,
        broke(fc.oneof(anyString, fc.constantFrom(`${validText}x`, validText.slice(1), validText.toUpperCase(), ` ${validText}`)).filter((s) => s !== validText), "not the expected value"),
      ];
    case "free":
      return [];
  }
}

const boundIdBreaks = fc.oneof(
  notUuid.map((b) => b.value),
  fc.constantFrom(undefined, null, true, 0, 42, -1, Number.NaN),
  fc.double(),
  fc.uuid().map((u) => [u]),
  fc.uuid().map((u) => ({ id: u })),
  fc.uuid().map((u) => new String(u)),
  fc.object({ maxDepth: 1 }),
);
const boundBooleanBreaks = fc.constantFrom<unknown>("true", "false", "yes", 1, 0, null, undefined, {}, [], [true]);

/** Invalid inputs for one action, starting from a valid input whose fields the spec describes. */
export function invalidInputs(spec: FuzzSpec, valid: ValidInput): fc.Arbitrary<InvalidInput> {
  const rules = spec.form ?? {};
  const fields = valid.form ?? {};
  for (const name of Object.keys(fields)) if (!(name in rules)) throw new Error(`no fuzz rule for the field "${name}"`);
  type Target = { field: string } | { bound: number };
  const targets: Target[] = [
    ...(spec.bound ?? []).map((_, bound) => ({ bound })),
    ...Object.keys(rules).filter((field) => ruleBreaks(rules[field], fields[field]).length > 0).map((field) => ({ field })),
  ];
  if (targets.length === 0) throw new Error("nothing to break: say why the action has no invalid input instead");
  const breakTarget = (target: Target): fc.Arbitrary<[Target, Broken<unknown>]> =>
    "bound" in target
      ? (spec.bound?.[target.bound].kind === "boolean" ? boundBooleanBreaks : boundIdBreaks).map((value) => [target, { value, why: "not what the page binds" }])
      : fc.oneof(...ruleBreaks(rules[target.field], fields[target.field])).map((b) => [target, b]);
  const known = (name: string) => Object.keys(rules).some((field) => name === field || name.startsWith(`${field}.`));
  const extraName = fc.oneof(fc.constantFrom("__proto__", "constructor", "$ACTION_ID_0123", "id", "ok", "role", "userId", "caseId", "values"), anyString).filter((name) => !known(name));

  return fc
    .subarray(targets, { minLength: 1, maxLength: Math.min(3, targets.length) })
    .chain((chosen) => fc.tuple(...chosen.map(breakTarget)))
    .chain((breaks) => {
      const bound = [...valid.bound];
      const form: FormFields = { ...fields };
      for (const [target, b] of breaks) {
        if ("bound" in target) bound[target.bound] = b.value;
        else form[target.field] = b.value as FieldValue | undefined;
      }
      const brokenFields = new Set(breaks.flatMap(([t]) => ("field" in t ? [t.field] : [])));
      const intactSingle = Object.keys(fields).filter((f) => !brokenFields.has(f) && typeof fields[f] === "string");
      const repeats = fc
        .subarray(intactSingle, { maxLength: Math.min(3, intactSingle.length) })
        .chain((names) => fc.tuple(...names.map((name) => fc.oneof(anyString, blob).map((v): [string, string | Blob] => [name, v]))));
      const extras = fc.array(fc.tuple(extraName, fc.oneof(anyString, blob)), { maxLength: 3 });
      return fc.tuple(repeats, extras).map(([again, extra]) => ({
        bound,
        form: valid.form ? form : undefined,
        more: [...again, ...extra],
        broken: breaks.map(([t, b]) => `${"bound" in t ? `bound argument ${t.bound}` : t.field}: ${b.why}`),
      }));
    });
}
