// Adds a note or contact to a case's chronology. A contact (visit, call, meeting, assessment)
// earlier than any before it becomes the case's first contact.
import "server-only";
import { unsafeAsSystem } from "@/lib/db/access-context";
import { randomUUID } from "node:crypto";
import type { AccessActor } from "@/lib/access/case-policy";
import { db } from "@/lib/db";
import { readDateParts, type DatePartsInput } from "@/lib/forms/date-parts";
import { invalid } from "@/lib/forms/failures";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { inCaseTransaction, isDenied, refused } from "./case-transaction";
import { createOnce } from "./create-once";
import { noteSchema } from "./schemas";

export type NoteValues = {
  kind: string;
  visibility: string;
  occurredOn: DatePartsInput;
  body: string;
  clientRequestId: string;
};

const contactKinds = new Set(["VISIT", "CALL", "MEETING", "ASSESSMENT"]);

export function noteValuesOf(formData: FormData): NoteValues {
  return {
    kind: textOf(formData, "kind"),
    visibility: textOf(formData, "visibility"),
    occurredOn: readDateParts(formData, "occurredOn"),
    body: textOf(formData, "body"),
    clientRequestId: textOf(formData, "clientRequestId"),
  };
}

export async function addNote(
  actor: AccessActor,
  caseId: string,
  formData: FormData,
): Promise<{ ok: true } | FormFailure<NoteValues>> {
  const values = noteValuesOf(formData);
  const parsed = noteSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const noteId = randomUUID();
  const result = await createOnce(
    {
      table: "CaseNote",
      actorId: actor.userId,
      values,
      saved: async () => {
        const note = await unsafeAsSystem((tx) => tx.caseNote.findUnique({ where: { clientRequestId: input.clientRequestId }, select: { id: true, authorId: true } }));
        return note && { id: note.id, savedById: note.authorId };
      },
    },
    () =>
      inCaseTransaction(
        actor,
        caseId,
        "addNote",
        { recordType: "CaseNote", recordId: noteId, details: { kind: input.kind, visibility: input.visibility } },
        async (tx) => {
          await tx.caseNote.create({
            data: {
              id: noteId,
              caseId,
              authorId: actor.userId,
              authorOrganisationId: actor.organisation.id,
              kind: input.kind,
              visibility: input.visibility,
              occurredAt: input.occurredOn,
              body: input.body,
              clientRequestId: input.clientRequestId,
            },
          });
          if (contactKinds.has(input.kind)) {
            await tx.sharedCase.updateMany({
              where: { id: caseId, OR: [{ firstContactAt: null }, { firstContactAt: { gt: input.occurredOn } }] },
              data: { firstContactAt: input.occurredOn },
            });
          }
          return { ok: true as const };
        },
      ),
  );
  return isDenied(result) ? refused(result, values) : result.ok ? { ok: true } : result;
}
