// Generated input that is invalid by construction, for fuzzing server actions (fast-check).
// Each field of a form is described by the rule a browser-independent reader of the form would
// state ("a required id", "a date today or in the past"); an input starts from a valid one and
// breaks one to three fields (or bound arguments) so that the rule is certainly broken,
// whatever else the input holds. Around that it adds noise that never repairs a broken field:
// unexpected extra fields, and second values after intact single-valued fields (a form reads the
// first). Nothing here asks the app's own schemas what is valid.
import fc from "fast-check";
import {
  anyString,
  blank,
  blob,
  broke,
  choiceBreaks,
  dateBreaks,
  emailBreaks,
  idsBreaks,
  longerThan,
  missing,
  notUuid,
  textBreaks,
  unlisted,
  withControlCharacter,
  wrongCheckDigit,
  wrongType,
  type Breaks,
  type Broken,
} from "./invalid-values";
import { isDateParts, type FieldValue, type FormFields } from "./server-actions";
import { uuid } from "@/lib/domain/uuid";

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
  /** Ids ticked in a list: at least `min` different ones, at most `max`; `emptyMeansNone`: selects whose empty choice is "none". */
  | { kind: "ids"; min: number; max?: number; emptyMeansNone?: boolean }
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
  /** Choices ticked, none at all allowed: each one of `values`. */
  | { kind: "optionalChoices"; values: readonly string[] }
  /** Areas a locality lead leads, for a user the valid input does not make a locality lead. */
  | { kind: "leadAreasOfNonLead" }
  /** Teams or neighbourhoods ("team:<id>", "neighbourhood:<id>") a supervisor supervises: at least one, each real. */
  | { kind: "supervisedAreas" }
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
  /** A place as its list posts it: "neighbourhood:<id>" or "locality:<id>". */
  | { kind: "place" }
  /** Case references typed in one box (GT-000123, separated by commas): at most `max` different ones, at least one when `required`. */
  | { kind: "caseReferences"; max: number; required: boolean }
  /** An amount in pounds (like £1,250.50), at most £`max`; £0 refused unless `allowZero`. */
  | { kind: "pounds"; max: number; allowZero?: boolean }
  /** A percentage from 0 to 100 with at most two decimals (like 12.5 or 12.5%). */
  | { kind: "percent" }
  /** A whole number from `min` to `max`. */
  | { kind: "wholeNumber"; min: number; max: number }
  /** A CSV file to upload, whose header must name the `required` columns and no column outside `columns`. */
  | { kind: "csvFile"; required: readonly string[]; columns: readonly string[]; maxBytes: number }
  /** Ticked pairs "<TYPE>:<id>" (a type from `types`, the id of a record of that type), at most `max`. */
  | { kind: "typedIds"; types: readonly string[]; max: number }
  /** Any value is valid (a checkbox whose absence is a meaningful answer): never broken. */
  | { kind: "free" };

/** A bound id, a bound boolean, or a bound place: an object naming exactly one of a locality or a neighbourhood. */
export type BoundRule = { kind: "id" } | { kind: "boolean" } | { kind: "localityOrNeighbourhood" };

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
    case "optionalChoices":
      return [
        broke(fc.array(blob, { minLength: 1, maxLength: 2 }), "files instead of choices"),
        broke(fc.tuple(unlisted(rule.values), fc.boolean()).map(([bad, first]) => (first ? [bad, rule.values[0]] : [rule.values[0], bad])), "one of them not a choice"),
      ];
    case "leadAreasOfNonLead":
      return [broke(fc.array(fc.oneof(anyString, fc.uuid().map((id) => `locality:${id}`), fc.uuid().map((id) => `neighbourhood:${id}`)), { minLength: 1, maxLength: 3 }), "areas for someone who leads none")];
    case "supervisedAreas":
      return [
        missing,
        broke(fc.constant([] as string[]), "none for a supervisor"),
        broke(fc.array(anyString.filter((v) => !/^(team|neighbourhood):/.test(v)), { minLength: 1, maxLength: 3 }), "not a team or neighbourhood"),
        broke(fc.array(fc.oneof(fc.uuid().map((id) => `team:${id}`), fc.uuid().map((id) => `neighbourhood:${id}`)), { minLength: 1, maxLength: 3 }), "no such team or neighbourhood"),
      ];
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
    case "place":
      return [
        missing,
        blank,
        wrongType,
        broke(withControlCharacter, "with a control character"),
        broke(fc.uuid().chain((id) => fc.constantFrom(id, `team:${id}`, `Neighbourhood:${id}`, `neighbourhood:${id}x`, `locality:`, `neighbourhood: ${id}`, `${id}:neighbourhood`)), "not a place from the list"),
        broke(anyString.filter((s) => !placePattern.test(s)), "not a place from the list"),
      ];
    case "caseReferences": {
      const references = (numbers: number[]) => numbers.map((n) => `GT-${String(n).padStart(6, "0")}`).join(", ");
      const breaks: Breaks = [
        broke(withControlCharacter, "with a control character"),
        broke(fc.constantFrom("GT-", "GT-12a", "case 12", "GT--12", "12-GT", "GT-1234567890", "GT-000012, x", "#12"), "not case references"),
        broke(anyString.filter((s) => notCaseReferences(s, rule.required)), "not case references"),
        broke(fc.integer({ min: rule.max + 1, max: rule.max + 5 }).chain((n) => fc.uniqueArray(fc.integer({ min: 1, max: 999_999 }), { minLength: n, maxLength: n })).map(references), `more than ${rule.max}`),
      ];
      return rule.required ? [missing, blank, wrongType, ...breaks] : breaks;
    }
    case "pounds": {
      const breaks: Breaks = [
        missing,
        blank,
        wrongType,
        broke(withControlCharacter, "with a control character"),
        broke(fc.constantFrom("£", "ten pounds", "12.345", "1,23", "12,3456", "-5", "+5", "1e3", "0x10", "£-1", "5p", "1.2.3", "Infinity", "NaN", "1 000"), "not an amount in pounds"),
        broke(anyString.filter((s) => !poundsPattern.test(s.trim())), "not an amount in pounds"),
        broke(fc.integer({ min: rule.max * 100 + 1, max: rule.max * 100_000 }).map((p) => `${Math.floor(p / 100)}.${String(p % 100).padStart(2, "0")}`), `more than £${rule.max}`),
      ];
      if (!rule.allowZero) breaks.push(broke(fc.constantFrom("0", "0.00", "£0", "0.0", "000"), "£0"));
      return breaks;
    }
    case "percent":
      return [
        missing,
        blank,
        wrongType,
        broke(withControlCharacter, "with a control character"),
        broke(fc.constantFrom("100.01", "-1", "12.345", "abc", "1e2", "50%%", "½", "0x10", "10 0"), "not a percentage"),
        broke(fc.integer({ min: 101, max: 999 }).map(String), "more than 100"),
        broke(anyString.filter((s) => !/^\d{1,3}(\.\d{1,2})?\s*%?$/.test(s.trim())), "not a percentage"),
      ];
    case "wholeNumber":
      return [
        missing,
        blank,
        wrongType,
        broke(withControlCharacter, "with a control character"),
        broke(fc.constantFrom("1.5", "one", "1e1", "0x1", "+1", "1 0", "-1"), "not a whole number"),
        broke(fc.oneof(fc.integer({ min: Math.max(0, rule.min - 1000), max: rule.min - 1 }), fc.integer({ min: rule.max + 1, max: rule.max + 100_000 })).filter((n) => n >= 0 && (n < rule.min || n > rule.max)).map(String), `outside ${rule.min} to ${rule.max}`),
        broke(anyString.filter((s) => !/^\d+$/.test(s.trim())), "not a whole number"),
      ];
    case "csvFile": {
      const file = (text: string) => new Blob([text], { type: "text/csv" });
      const header = (columns: readonly string[]) => columns.join(",");
      const rowOf = (columns: readonly string[]) => columns.map(() => "x").join(",");
      return [
        missing,
        broke(anyString, "text instead of a file"),
        broke(fc.constant(null).map(() => file("")), "an empty file"),
        broke(fc.constantFrom(...rule.required).map((gone) => rule.required.filter((c) => c !== gone)).map((columns) => file(`${header(columns)}\n${rowOf(columns)}\n`)), "a required column missing"),
        broke(fc.stringMatching(/^[a-z][a-z_]{0,11}$/).filter((s) => !rule.columns.includes(s)).map((extra) => file(`${header([...rule.required, extra])}\n${rowOf([...rule.required, extra])}\n`)), "a column it does not know"),
        broke(fc.constant(null).map(() => file(`${header(rule.required)}\n`)), "no rows after the header"),
        broke(fc.constant(null).map(() => file(`${header(rule.required)}\n${"x,".repeat(Math.ceil(rule.maxBytes / 2) + 1)}\n`)), `larger than ${rule.maxBytes} bytes`),
        broke(fc.constant(null).map(() => file(`${header(rule.required)}\n"never closed,${rowOf(rule.required)}\n`)), "not CSV (a quote never closed)"),
      ];
    }
    case "typedIds": {
      const withOne = (bad: fc.Arbitrary<string>) =>
        fc.tuple(bad, fc.nat()).map(([b, at]) => [...validList.slice(0, at % (validList.length + 1)), b, ...validList.slice(at % (validList.length + 1))]);
      return [
        broke(withOne(anyString.filter((s) => !typedIdPattern(rule.types).test(s))), "one of them not a type and an id"),
        broke(withOne(fc.tuple(unlistedType(rule.types), fc.uuid()).map(([t, id]) => `${t}:${id}`)), "one of them not a type from the list"),
        broke(withOne(fc.tuple(fc.constantFrom(...rule.types), notUuid.map((b) => String(b.value))).map(([t, id]) => `${t}:${id}`)), "one of them without an id"),
        broke(withOne(fc.tuple(fc.constantFrom(...rule.types), fc.uuid()).map(([t, id]) => `${t}:${id}`)), "one of them naming no record"),
        broke(fc.integer({ min: rule.max + 1, max: rule.max + 20 }).map((n) => Array.from({ length: n }, () => validList[0] ?? `${rule.types[0]}:${uuidV4()}`)), `more than ${rule.max}`),
      ];
    }
    case "free":
      return [];
  }
}

const placePattern = /^(neighbourhood|locality):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const poundsPattern = /^£?\s*(\d{1,3}(,\d{3})+|\d+)(\.\d{1,2})?$/;
/** A piece between spaces and commas that is not a case reference; or none at all, where one is required. */
function notCaseReferences(text: string, required: boolean): boolean {
  const pieces = text.split(/[\s,;]+/).filter(Boolean);
  return pieces.length === 0 ? required : !pieces.every((p) => /^(?:gt-?)?0*\d{1,9}$/i.test(p));
}
const typedIdPattern = (types: readonly string[]) => new RegExp(`^(${types.join("|")}):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$`, "i");
const unlistedType = (types: readonly string[]) => unlisted(types).filter((t) => !t.includes(":"));
const uuidV4 = () => crypto.randomUUID();

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
const notAnId = fc.oneof(notUuid.map((b) => b.value), fc.constantFrom(undefined, 42, {}));
const boundPlaceBreaks = fc.oneof(
  fc.constantFrom<unknown>(undefined, null, "locality", 42, [], {}, { localityId: null, neighbourhoodId: null }),
  fc.uuid().map((id) => id as unknown),
  fc.tuple(fc.uuid(), fc.uuid()).map(([localityId, neighbourhoodId]) => ({ localityId, neighbourhoodId })),
  notAnId.map((localityId) => ({ localityId, neighbourhoodId: null })),
  notAnId.map((neighbourhoodId) => ({ localityId: null, neighbourhoodId })),
);
const boundBreaks = (rule: BoundRule) => (rule.kind === "boolean" ? boundBooleanBreaks : rule.kind === "localityOrNeighbourhood" ? boundPlaceBreaks : boundIdBreaks);

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
      ? boundBreaks(spec.bound![target.bound]).map((value) => [target, { value, why: "not what the page binds" }])
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
