// When the database cannot answer for a moment (a restart, a fail-over, a full pool), a form
// comes back with everything typed and a message instead of an error page. The work is tried
// once more first: every write is safe to repeat (creates carry an idempotency key, edits a
// version, answers check the state they change). A form posted without JavaScript comes back as
// its whole page rendered again, so that page must render too: its reads go through
// unlessDatabaseDown.
import { formFailure } from "./failures";
import type { FormFailure } from "./form-state";
import { isTransientDatabaseError } from "./database-errors";

export const couldNotSaveNow = "We could not save this just now — try again";

const pauseBeforeRetryMs = 250;

export async function keepingInput<Values, Result>(
  values: () => Values,
  work: () => Promise<Result>,
): Promise<Result | FormFailure<Values>> {
  try {
    return await work();
  } catch (error) {
    if (!isTransientDatabaseError(error)) throw error;
    console.warn(`[forms] database unavailable, retrying once: ${describe(error)}`);
  }
  await new Promise((resolve) => setTimeout(resolve, pauseBeforeRetryMs));
  try {
    return await work();
  } catch (error) {
    if (!isTransientDatabaseError(error)) throw error;
    console.error(`[forms] database still unavailable, form returned to the user: ${describe(error)}`);
    return formFailure(values(), couldNotSaveNow);
  }
}

/** What a page read gives when the database cannot answer just now. */
export const databaseDown = { databaseDown: true } as const;
export type DatabaseDown = typeof databaseDown;

export function isDatabaseDown(value: unknown): value is DatabaseDown {
  return value === databaseDown;
}

/**
 * A form page's reads, or `databaseDown` when the database cannot answer just now: the page then
 * shows its form without them, and with it what keepingInput kept. Any other error is thrown.
 */
export async function unlessDatabaseDown<T>(read: () => Promise<T>): Promise<T | DatabaseDown> {
  try {
    return await read();
  } catch (error) {
    if (!isTransientDatabaseError(error)) throw error;
    console.warn(`[forms] database unavailable, page shown without its data: ${describe(error)}`);
    return databaseDown;
  }
}

function describe(error: unknown): string {
  const e = error as { code?: unknown; message?: unknown };
  return `${typeof e.code === "string" ? `${e.code} ` : ""}${typeof e.message === "string" ? e.message.split("\n").at(-1) : String(error)}`;
}
