// The access checker's question: which user, which case (by reference).
import { z } from "zod";
import { parseCaseReference } from "@/lib/domain/case-reference";
import { emailAddress } from "../users/schemas";

export const accessCheckSchema = z.object({
  email: emailAddress,
  caseReference: z
    .string()
    .trim()
    .min(1, "Enter the case reference")
    .transform((text, ctx) => {
      const number = parseCaseReference(text);
      if (number === null) {
        ctx.addIssue({ code: "custom", message: "Enter a case reference like GT-000123" });
        return z.NEVER;
      }
      return number;
    }),
});
export type AccessCheckInput = z.input<typeof accessCheckSchema>;
