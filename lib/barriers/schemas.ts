// Validation for the barrier forms; the same messages appear in the error summary and at each
// field.
import { z } from "zod";
import { parseCaseReference } from "@/lib/domain/case-reference";
import { dateFromParts } from "@/lib/forms/date-parts";
import { ActionStatus, BarrierCategory } from "@/lib/generated/prisma/enums";
import { isUuid, uuid } from "@/lib/domain/uuid";
import { controlCharacterMessage, isPlainText } from "@/lib/forms/text";

const requestId = uuid("The form has expired: reload the page and try again");
const version = z.coerce.number().int().min(1);

/** A text field: "Enter <what>" when required and empty, "<Name> must be N characters or fewer" when too long. */
const text = (what: string, name: string, max: number, required = true) => {
  // Control characters refused (a NUL byte cannot even be stored), as in every form (lib/forms/text.ts).
  const trimmed = z.string().refine(isPlainText, controlCharacterMessage(name)).trim().max(max, `${name} must be ${max.toLocaleString("en-GB")} characters or fewer`);
  return required ? trimmed.min(1, `Enter ${what}`) : trimmed;
};

export const maxLinkedCases = 10;

/** "GT-000123, GT-000456" → case numbers, each once. */
export const caseReferences = z.string().transform((value, ctx) => {
  const parts = value.split(/[\s,;]+/).filter(Boolean);
  const numbers = parts.map(parseCaseReference);
  if (numbers.some((n) => n === null)) {
    ctx.addIssue({ code: "custom", message: "Enter case references like GT-000123, separated by commas" });
    return z.NEVER;
  }
  const unique = [...new Set(numbers as number[])];
  if (unique.length > maxLinkedCases) {
    ctx.addIssue({ code: "custom", message: `Enter at most ${maxLinkedCases} case references` });
    return z.NEVER;
  }
  return unique;
});

/** Where the barrier is: "neighbourhood:<id>" or "locality:<id>" (a whole locality). */
export type BarrierPlace = { neighbourhoodId: string; localityId: null } | { neighbourhoodId: null; localityId: string };

const place = z.string().transform((value, ctx): BarrierPlace => {
  const [kind, id] = value.split(":");
  if (isUuid(id) && (kind === "neighbourhood" || kind === "locality")) {
    return kind === "neighbourhood" ? { neighbourhoodId: id, localityId: null } : { neighbourhoodId: null, localityId: id };
  }
  ctx.addIssue({ code: "custom", message: "Choose the neighbourhood or locality where the barrier is met" });
  return z.NEVER;
});

const organisationIds = z
  .array(z.string())
  .transform((ids) => [...new Set(ids.filter(Boolean))])
  .pipe(
    z
      .array(uuid("Choose organisations from the list"))
      .min(1, "Choose the organisation whose rule, system or budget it is")
      .max(3, "Choose at most 3 organisations"),
  );

const described = {
  title: text("a title", "Title", 150),
  description: text("what happens", "What happens", 3000),
  effect: text("the effect on people and services", "The effect on people and services", 3000),
  category: z.enum(BarrierCategory, { message: "Choose what kind of barrier it is" }),
  organisationIds,
};

export const raiseBarrierSchema = z.object({
  ...described,
  place,
  caseReferences,
  clientRequestId: requestId,
});

// Any real date here: an overdue barrier's wording can be corrected without moving its review
// date; a new review date must not be in the past (edit-barrier.ts).
export const editBarrierSchema = z.object({
  ...described,
  reviewBy: dateFromParts("Review date", "any"),
  version,
});

export const acceptBarrierSchema = z.object({
  reviewBy: dateFromParts("Review date", "futureOrToday"),
  note: text("a note", "The note", 2000, false),
  version,
});

export const barrierActionSchema = z.object({
  description: text("what needs to be done", "What needs to be done", 1000),
  ownerOrganisationId: uuid("Choose the organisation that will do it"),
  ownerUserId: z
    .string()
    .transform((v) => v || null)
    .pipe(uuid("Choose a person from the list").nullable()),
  dueOn: dateFromParts("Due date", "futureOrToday"),
  clientRequestId: requestId,
});

export const barrierActionStatusSchema = z.object({
  actionId: uuid("Choose the action"),
  status: z.enum(ActionStatus, { message: "Choose the new status" }),
});

export const barrierCommentSchema = z.object({
  body: text("your comment", "Your comment", 2000),
  clientRequestId: requestId,
});

export const escalateBarrierSchema = z.object({
  reason: text("why it needs to go to the next level", "The reason", 2000),
  version,
});

export const closeBarrierSchema = z
  .object({
    outcome: z.enum(["RESOLVED", "CLOSED_UNRESOLVED"], { message: "Choose whether the barrier was resolved" }),
    resolution: z.string().refine(isPlainText, controlCharacterMessage("what was agreed")).trim().max(2000, "What was agreed must be 2,000 characters or fewer"),
    version,
  })
  .superRefine((value, ctx) => {
    if (value.resolution === "") {
      ctx.addIssue({
        code: "custom",
        path: ["resolution"],
        message: value.outcome === "CLOSED_UNRESOLVED" ? "Enter why it cannot be resolved" : "Enter what was agreed or changed",
      });
    }
  });

export const linkCaseSchema = z.object({
  caseReferences: caseReferences.pipe(z.array(z.number()).min(1, "Enter the reference of the case, like GT-000123")),
});
