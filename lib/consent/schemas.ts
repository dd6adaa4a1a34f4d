// What the approval inbox's form sends: confirm, or decline with a reason.
import { z } from "zod";
import { uuid } from "@/lib/domain/uuid";
import { text } from "@/lib/forms/text";

export const lawfulBasisAnswerSchema = z
  .object({
    consentRecordId: uuid(),
    answer: z.enum(["CONFIRM", "DECLINE"], { message: "Choose whether you confirm this lawful basis" }),
    declineReason: text("the reason for declining", 1000, false),
  })
  .superRefine((value, ctx) => {
    if (value.answer === "DECLINE" && value.declineReason.length === 0) {
      ctx.addIssue({ code: "custom", path: ["declineReason"], message: "Enter why you decline this lawful basis" });
    }
  });

export type LawfulBasisAnswerValues = { consentRecordId: string; answer: string; declineReason: string };
