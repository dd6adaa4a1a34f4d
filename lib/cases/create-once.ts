// Creates keyed by the form's idempotency key (clientRequestId). A second submission of the same
// form by the same person — already saved, or racing the first and losing on that key — counts
// as done and is given the saved record's id. Nothing else does: a clash on any other unique key
// is the caller's to report (or a bug), and a key already used by someone else is refused.
import "server-only";
import { formExpired, formFailure } from "@/lib/forms/failures";
import { isUniqueViolationOn } from "@/lib/forms/database-errors";
import type { FormFailure } from "@/lib/forms/form-state";

export type SavedRequest = { id: string; savedById: string | null } | null;

export type CreateRequest<Values> = {
  /** The table whose `clientRequestId` column holds the key. */
  table: string;
  actorId: string;
  values: Values;
  /**
   * The record already saved under this form's key, with who saved it: looked up across
   * organisations (lib/db/access-context.ts unsafeAsSystem), as it yields only an id and an author.
   */
  saved: () => Promise<SavedRequest>;
};

export async function createOnce<Values, Created>(
  request: CreateRequest<Values>,
  create: () => Promise<Created>,
): Promise<Created | { ok: true; id: string } | FormFailure<Values>> {
  const replay = async () => {
    const saved = await request.saved();
    if (!saved) return null;
    return saved.savedById === request.actorId ? { ok: true as const, id: saved.id } : formFailure(request.values, formExpired);
  };
  const earlier = await replay();
  if (earlier) return earlier;
  try {
    return await create();
  } catch (error) {
    if (!isUniqueViolationOn(error, request.table, "clientRequestId")) throw error;
    const winner = await replay();
    if (winner) return winner;
    throw error;
  }
}
