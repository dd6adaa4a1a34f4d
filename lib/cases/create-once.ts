// Creates keyed by the form's idempotency key (clientRequestId): a second submission of the same
// form — already saved, or racing the first and losing on the unique key — counts as done.
import "server-only";
import { isUniqueViolation } from "@/lib/forms/form-values";

export async function createOnce<T>(
  alreadySaved: () => Promise<unknown>,
  create: () => Promise<T>,
): Promise<T | { ok: true }> {
  if (await alreadySaved()) return { ok: true };
  try {
    return await create();
  } catch (error) {
    if (isUniqueViolation(error)) return { ok: true };
    throw error;
  }
}
