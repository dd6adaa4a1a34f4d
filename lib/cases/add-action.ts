// Agrees an action on a case: what, by whom (an organisation, optionally a named person in it),
// by when. The organisation must be in the team around the person.
import "server-only";
import { unsafeAsSystem } from "@/lib/db/access-context";
import { randomUUID } from "node:crypto";
import type { AccessActor } from "@/lib/access/case-policy";
import { db } from "@/lib/db";
import { readDateParts, type DatePartsInput } from "@/lib/forms/date-parts";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { inCaseTransaction, isDenied, refused } from "./case-transaction";
import { createOnce } from "./create-once";
import { formFailure, invalid } from "@/lib/forms/failures";
import { actionSchema } from "./schemas";

export type ActionValues = {
  description: string;
  assigneeOrganisationId: string;
  assigneeUserId: string;
  dueOn: DatePartsInput;
  clientRequestId: string;
};

export function actionValuesOf(formData: FormData): ActionValues {
  return {
    description: textOf(formData, "description"),
    assigneeOrganisationId: textOf(formData, "assigneeOrganisationId"),
    assigneeUserId: textOf(formData, "assigneeUserId"),
    dueOn: readDateParts(formData, "dueOn"),
    clientRequestId: textOf(formData, "clientRequestId"),
  };
}

export async function addAction(
  actor: AccessActor,
  caseId: string,
  formData: FormData,
): Promise<{ ok: true } | FormFailure<ActionValues>> {
  const values = actionValuesOf(formData);
  const parsed = actionSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;

  const actionId = randomUUID();
  const result = await createOnce(
    {
      table: "CaseAction",
      actorId: actor.userId,
      values,
      saved: async () => {
        const saved = await unsafeAsSystem((tx) => tx.caseAction.findUnique({ where: { clientRequestId: input.clientRequestId }, select: { id: true, createdById: true } }));
        return saved && { id: saved.id, savedById: saved.createdById };
      },
    },
    async () => {
      const result = await inCaseTransaction(
        actor,
        caseId,
        "addAction",
        { recordType: "CaseAction", recordId: actionId },
        async (tx, facts) => {
          if (!facts.involvedOrganisationIds.includes(input.assigneeOrganisationId)) {
            return formFailure(values, "Choose an organisation in the team around the person", {
              assigneeOrganisationId: ["Choose an organisation in the team around the person"],
            });
          }
          if (input.assigneeUserId) {
            const person = await tx.user.findFirst({
              where: { id: input.assigneeUserId, organisationId: input.assigneeOrganisationId, deactivatedAt: null },
              select: { id: true },
            });
            if (!person) {
              return formFailure(values, "Choose a person who works for the chosen organisation", {
                assigneeUserId: ["Choose a person who works for the chosen organisation"],
              });
            }
          }
          await tx.caseAction.create({
            data: {
              id: actionId,
              caseId,
              description: input.description,
              assigneeOrganisationId: input.assigneeOrganisationId,
              assigneeUserId: input.assigneeUserId,
              dueOn: input.dueOn,
              createdById: actor.userId,
              clientRequestId: input.clientRequestId,
            },
          });
          return { ok: true as const };
        },
      );
      return isDenied(result) ? refused(result, values) : result;
    },
  );
  return result.ok ? { ok: true } : result;
}
