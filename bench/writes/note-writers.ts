// Callers writing notes at once: each takes the next case in turn and writes one note, until the
// round's number of notes is written; the rate is notes over the round's wall-clock time.

export type Rate = { perSecond: number; rounds?: number[] };

/**
 * The case form's note as the browser posts it: a note (not a contact, which may also move the
 * case's first contact — work the floor would not do), today, seen by every organisation involved.
 */
export function noteForm(clientRequestId: string): FormData {
  const today = new Date();
  const form = new FormData();
  form.set("kind", "NOTE");
  form.set("visibility", "ALL_INVOLVED");
  form.set("occurredOn.day", String(today.getUTCDate()));
  form.set("occurredOn.month", String(today.getUTCMonth() + 1));
  form.set("occurredOn.year", String(today.getUTCFullYear()));
  form.set("body", "Called to arrange a home visit; agreed Thursday.");
  form.set("clientRequestId", clientRequestId);
  return form;
}

export async function notesPerSecond(
  write: (caseId: string) => Promise<void>,
  caseIds: string[],
  options: { callers: number; notes: number },
): Promise<Rate> {
  let next = 0;
  const caller = async () => {
    while (next < options.notes) {
      const n = next;
      next += 1;
      await write(caseIds[n % caseIds.length]);
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.callers }, caller));
  return { perSecond: options.notes / ((performance.now() - started) / 1000) };
}
