// Text a form may send. Control characters are refused everywhere: a NUL byte cannot be stored
// by PostgreSQL (it would fail the save), and the others are invisible and only cause confusion.
// Tabs and line breaks are ordinary text in the longer fields.
import { z } from "zod";

const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function hasControlCharacters(value: string): boolean {
  return controlCharacters.test(value);
}

/** "the reason for the referral" → "Reason for the referral" (for messages that start a sentence). */
export function capitalise(label: string): string {
  const bare = label.replace(/^(a|an|the) /, "");
  return bare.charAt(0).toUpperCase() + bare.slice(1);
}

export function controlCharacterMessage(label: string): string {
  return `${capitalise(label)} must not include invisible control characters: delete them and try again`;
}

/** For `.refine(isPlainText, controlCharacterMessage(label))` on any other string field. */
export function isPlainText(value: string): boolean {
  return !controlCharacters.test(value);
}

/** Typed text: trimmed, at most `max` characters, required unless said otherwise. */
export function text(label: string, max: number, required = true) {
  const tooLong = `${capitalise(label)} must be ${max.toLocaleString("en-GB")} characters or fewer`;
  return z
    .string()
    .refine(isPlainText, controlCharacterMessage(label))
    .transform((v) => v.trim())
    .pipe(required ? z.string().min(1, `Enter ${label}`).max(max, tooLong) : z.string().max(max, tooLong));
}

/** z.string() that refuses control characters, for fields with their own rules and messages. */
export function plainString(label: string) {
  return z.string().refine(isPlainText, controlCharacterMessage(label));
}
