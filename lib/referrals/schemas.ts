import { z } from "zod";
import { text } from "@/lib/forms/text";
import { DeclineReason } from "@/lib/generated/prisma/enums";

export const declineSchema = z.object({
  declineReason: z.enum(DeclineReason, { message: "Choose why you are declining the referral" }),
  responseComment: text("a comment for the referrer", 2000),
});
