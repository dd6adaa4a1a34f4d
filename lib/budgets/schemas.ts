// Validation of the budget, contribution, spend and decision forms; the same messages appear
// in the error summary and at each field.
import { z } from "zod";
import { dateFromParts } from "@/lib/forms/date-parts";
import { parsePounds } from "@/lib/domain/money";
import { ContributionKind, InterventionType } from "@/lib/generated/prisma/enums";
import { isUuid, uuid } from "@/lib/domain/uuid";
import { controlCharacterMessage, isPlainText } from "@/lib/forms/text";

const requestId = uuid("The form has expired: reload the page and try again");
export const maxAmountPence = 100_000_000; // £1,000,000: one entry larger than this is a typing error

export const poundsField = (label: string, options: { allowZero?: boolean } = {}) =>
  z.string().transform((text, ctx) => {
    if (text.trim() === "") {
      ctx.addIssue({ code: "custom", message: `Enter the ${label}` });
      return z.NEVER;
    }
    const pence = parsePounds(text);
    if (pence === null) {
      ctx.addIssue({ code: "custom", message: `The ${label} must be an amount in pounds, like 1,250 or 1250.50` });
      return z.NEVER;
    }
    if (pence === 0 && !options.allowZero) {
      ctx.addIssue({ code: "custom", message: `The ${label} must be more than £0` });
      return z.NEVER;
    }
    if (pence > maxAmountPence) {
      ctx.addIssue({ code: "custom", message: `The ${label} must be £1,000,000 or less` });
      return z.NEVER;
    }
    return pence;
  });

const text = (label: string, max: number) =>
  z.string().refine(isPlainText, controlCharacterMessage(label)).trim().min(1, `Enter ${label}`).max(max, `${label.charAt(0).toUpperCase()}${label.slice(1).replace(/^(a|an|the) /, "")} must be ${max} characters or fewer`);

/** "neighbourhood:<id>" or "locality:<id>", as the place list sends it. */
export const budgetPlaceField = z.string().transform((value, ctx) => {
  const [kind, id] = value.split(":");
  if ((kind === "neighbourhood" || kind === "locality") && isUuid(id)) {
    return kind === "neighbourhood" ? { neighbourhoodId: id, localityId: null } : { neighbourhoodId: null, localityId: id };
  }
  ctx.addIssue({ code: "custom", message: "Choose the neighbourhood or locality from the list" });
  return z.NEVER;
});

export const createBudgetSchema = z.object({
  place: budgetPlaceField,
  financialYear: z.coerce.number({ message: "Choose the financial year" }).int("Choose the financial year").min(2015, "Choose the financial year").max(2100, "Choose the financial year"),
  name: text("the budget's name", 120),
  approvalThreshold: poundsField("approval threshold", { allowZero: true }),
  clientRequestId: requestId,
});

export const editBudgetSchema = z.object({
  name: text("the budget's name", 120),
  approvalThreshold: poundsField("approval threshold", { allowZero: true }),
  version: z.coerce.number().int().min(1),
});

export const contributionSchema = z.object({
  organisationId: uuid("Choose the organisation that contributed"),
  kind: z.enum(ContributionKind, { message: "Choose whether the contribution is cash or in kind" }),
  amount: poundsField("amount"),
  contributedOn: dateFromParts("Date of the contribution", "pastOrToday"),
  description: z.string().refine(isPlainText, controlCharacterMessage("the description")).trim().max(500, "Description must be 500 characters or fewer"),
  clientRequestId: requestId,
}).superRefine((value, ctx) => {
  if (value.kind === "IN_KIND" && value.description === "") {
    ctx.addIssue({ code: "custom", path: ["description"], message: "Describe what was given in kind, for example 2 days a week of a support worker" });
  }
});

export const spendSchema = z.object({
  budgetId: uuid("Choose the budget to pay from"),
  intervention: z.enum(InterventionType, { message: "Choose the type of intervention" }),
  description: text("what was bought", 500),
  amount: poundsField("amount"),
  spentOn: dateFromParts("Date of the spend", "pastOrToday"),
  clientRequestId: requestId,
});

export const reversalSchema = z.object({
  reason: text("the reason for the reversal", 1000),
  clientRequestId: requestId,
});

export const decisionSchema = z
  .object({
    decision: z.enum(["APPROVED", "DECLINED"], { message: "Choose whether to approve or decline the spend" }),
    reason: z.string().refine(isPlainText, controlCharacterMessage("the reason")).trim().max(1000, "Reason must be 1000 characters or fewer"),
  })
  .superRefine((value, ctx) => {
    if (value.decision === "DECLINED" && value.reason === "") {
      ctx.addIssue({ code: "custom", path: ["reason"], message: "Enter why the spend is declined" });
    }
  });
