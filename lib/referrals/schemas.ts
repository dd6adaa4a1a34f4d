import { z } from "zod";
import { DeclineReason } from "@/lib/generated/prisma/enums";

export const declineSchema = z.object({
  declineReason: z.enum(DeclineReason, { message: "Choose why you are declining the referral" }),
  responseComment: z
    .string()
    .trim()
    .min(1, "Enter a comment for the referrer")
    .max(2000, "Comment must be 2,000 characters or fewer"),
});
