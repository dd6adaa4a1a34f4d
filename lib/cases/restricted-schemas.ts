// Validation for the restricted-record forms: restricting or lifting it, break-glass, requests for access.
import { z } from "zod";
import { text } from "@/lib/forms/text";

/** A reason long enough to mean something in the audit trail and to the lead professional. */
function reason(label: string, min: number) {
  return text(label, 1000).pipe(z.string().min(min, `${label.charAt(0).toUpperCase()}${label.slice(1)} must be at least ${min} characters`));
}

export const minBreakGlassReason = 20;

export const restrictionSchema = z.object({
  restricted: z.enum(["yes", "no"], { message: "Choose whether the record is restricted" }),
  reason: reason("the reason", 10),
});

export const breakGlassSchema = z.object({
  reason: reason("why you must see this record now", minBreakGlassReason),
  confirm: z.literal("yes", { message: "Confirm that you understand break-glass access is flagged to the lead professional" }),
});

export const accessRequestSchema = z.object({
  reason: reason("why you need access", 10),
});

export const accessAnswerSchema = z
  .object({
    answer: z.enum(["ACCEPT", "DECLINE"], { message: "Choose whether to accept or decline the request" }),
    answerReason: text("the reason", 1000, false),
  })
  .refine((v) => v.answer === "ACCEPT" || v.answerReason.length > 0, { path: ["answerReason"], message: "Enter the reason for declining" });
