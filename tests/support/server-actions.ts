// Server actions as the browser reaches them: every "use server" module under lib/, found on
// disk at run time (so a new one cannot be forgotten), called the way React calls a form's
// action — bound arguments first, then the previous state, then the submitted FormData.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { NavigationSignal } from "./next-stand-ins";

export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

export type ServerAction = (...args: unknown[]) => Promise<unknown>;

/** The module's directive: "use server" before any statement (comments may come first). */
const moduleDirective = /^(?:\s+|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*(["'])use server\1/;
const anyDirective = /(["'])use server\1/;

async function sourceFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
      return /\.(ts|tsx|js|mjs)$/.test(entry.name) ? [full] : [];
    }),
  );
  return files.flat();
}

/**
 * The "use server" modules under lib/ (paths like "lib/cases/actions.ts"), and any file that
 * says "use server" other than as its module directive (an inline action this harness cannot
 * reach, or a directive misplaced so that Next would not make the module's exports actions).
 */
export async function findServerActionModules(): Promise<{ modules: string[]; elsewhere: string[] }> {
  const modules: string[] = [];
  const elsewhere: string[] = [];
  for (const file of await sourceFiles(path.join(projectRoot, "lib"))) {
    const source = await readFile(file, "utf8");
    const relative = path.relative(projectRoot, file).split(path.sep).join("/");
    if (moduleDirective.test(source)) modules.push(relative);
    else if (anyDirective.test(source)) elsewhere.push(relative);
  }
  return { modules: modules.sort(), elsewhere: elsewhere.sort() };
}

/** The module's exported functions: in a "use server" module, each is a public endpoint. */
export async function importServerActions(relativePath: string): Promise<Record<string, ServerAction>> {
  const module = (await import(/* @vite-ignore */ path.join(projectRoot, relativePath))) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(module).filter((entry): entry is [string, ServerAction] => typeof entry[1] === "function"),
  );
}

/** How a call ended: what it returned, a redirect (after success), notFound(), or a throw. */
export type Outcome =
  | { kind: "returned"; value: unknown }
  | { kind: "redirect"; url: string }
  | { kind: "notFound" }
  | { kind: "threw"; error: unknown };

export type DatePartsField = { day?: string | Blob; month?: string | Blob; year?: string | Blob };
export type FieldValue = string | Blob | (string | Blob)[] | DatePartsField;
export type FormFields = Record<string, FieldValue | undefined>;

export function isDateParts(value: FieldValue | undefined): value is DatePartsField {
  return typeof value === "object" && value !== null && !Array.isArray(value) && !(value instanceof Blob);
}

/**
 * The FormData a browser would post: arrays as repeated fields, dates as their day/month/year
 * parts, Blobs as file fields, undefined (and undefined date parts) left out; then any
 * further [name, value] pairs in order (repeated or unexpected fields).
 */
export function formDataFrom(fields: FormFields, more: [string, string | Blob][] = []): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const v of value) form.append(name, v);
    else if (isDateParts(value)) {
      for (const part of ["day", "month", "year"] as const) {
        const partValue = value[part];
        if (partValue !== undefined) form.append(`${name}.${part}`, partValue);
      }
    } else form.append(name, value);
  }
  for (const [name, value] of more) form.append(name, value);
  return form;
}

/** Calls the action as React does: `action(...bound, previousState, formData)`, or without the state for a plain form action. */
export async function callAction(action: ServerAction, bound: unknown[], form: FormData | undefined, options: { stateless?: boolean } = {}): Promise<Outcome> {
  try {
    const value = await action(...bound, ...(options.stateless ? [] : [null]), ...(form ? [form] : []));
    return { kind: "returned", value };
  } catch (error) {
    if (error instanceof NavigationSignal) return error.kind === "redirect" ? { kind: "redirect", url: error.url ?? "" } : { kind: "notFound" };
    return { kind: "threw", error };
  }
}

/** A form's failure as the page shows it: at least one message at a field, or one for the form. */
export function isFormFailure(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return false;
  const state = value as { ok?: unknown; fieldErrors?: Record<string, unknown>; formError?: unknown };
  if (state.ok !== false) return false;
  const fieldMessages = Object.values(state.fieldErrors ?? {}).some((messages) => Array.isArray(messages) && messages.length > 0);
  return fieldMessages || (typeof state.formError === "string" && state.formError.length > 0);
}
