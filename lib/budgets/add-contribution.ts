// Records what an organisation put into a pooled budget, in cash or in kind, on a date. Entries
// are append-only, like spend; audited under the budget's lock.
import "server-only";
import { randomUUID } from "node:crypto";
import type { BudgetActor } from "@/lib/access/budget-policy";
import { createOnce } from "@/lib/cases/create-once";
import { db } from "@/lib/db";
import { unsafeAsSystem } from "@/lib/db/access-context";
import { readDateParts, type DatePartsInput } from "@/lib/forms/date-parts";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf } from "@/lib/forms/form-values";
import { budgetNotFoundMessage, inBudgetTransaction, isBudgetDenied } from "./budget-transaction";
import { contributionSchema } from "./schemas";
import { formFailure, invalid } from "@/lib/forms/failures";

export type ContributionValues = { organisationId: string; kind: string; amount: string; contributedOn: DatePartsInput; description: string; clientRequestId: string };

/** What was typed, as the form gives it back on any failure (an outage too). */
export function addContributionValuesOf(formData: FormData): ContributionValues {
  return {
    organisationId: textOf(formData, "organisationId"),
    kind: textOf(formData, "kind"),
    amount: textOf(formData, "amount"),
    contributedOn: readDateParts(formData, "contributedOn"),
    description: textOf(formData, "description"),
    clientRequestId: textOf(formData, "clientRequestId"),
  };
}

export async function addContribution(actor: BudgetActor, budgetId: string, formData: FormData): Promise<{ ok: true } | FormFailure<ContributionValues>> {
  const values = addContributionValuesOf(formData);
  const parsed = contributionSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const id = randomUUID();
  return createOnce(
    {
      table: "BudgetContribution",
      actorId: actor.userId,
      values,
      saved: async () => {
        const saved = await unsafeAsSystem((tx) => tx.budgetContribution.findUnique({ where: { clientRequestId: input.clientRequestId }, select: { id: true, recordedById: true } }));
        return saved && { id: saved.id, savedById: saved.recordedById };
      },
    },
    async () => {
      const result = await inBudgetTransaction(actor, budgetId, "manage", { recordType: "BudgetContribution", recordId: id, details: { amountPence: input.amount, kind: input.kind } }, async (tx) => {
        const organisation = await tx.organisation.findFirst({ where: { id: input.organisationId, status: { in: ["ACTIVE", "INVITED"] } }, select: { id: true } });
        if (!organisation) return formFailure(values, "Choose the organisation from the list", { organisationId: ["Choose the organisation from the list"] });
        await tx.budgetContribution.create({
          data: { id, budgetId, organisationId: input.organisationId, kind: input.kind, amountPence: input.amount, contributedOn: input.contributedOn, description: input.description || null, recordedById: actor.userId, clientRequestId: input.clientRequestId },
        });
        return { ok: true as const };
      });
      return isBudgetDenied(result) ? formFailure(values, budgetNotFoundMessage) : result;
    },
  );
}
