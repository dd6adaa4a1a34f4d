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
  /** Choices ticked, none at all allowed: each one of `values`. */
  | { kind: "optionalChoices"; values: readonly string[] }
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
