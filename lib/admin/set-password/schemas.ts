// The set-password form: the new password twice, checked against the password rules.
import { z } from "zod";
import { plainString } from "@/lib/forms/text";
import { passwordProblem } from "@/lib/domain/password-rules";

export const setPasswordSchema = z
  .object({
    token: z.string().min(1).max(200),
    password: plainString("password"),
    confirmation: z.string(),
    /** Known to the server, not typed: the rules refuse a password containing it. */
    email: z.string().optional(),
  })
  .superRefine((value, ctx) => {
    const problem = passwordProblem(value.password, { email: value.email });
    if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
    else if (value.confirmation !== value.password) {
      ctx.addIssue({ code: "custom", path: ["confirmation"], message: "Passwords must match" });
    }
  });
export type SetPasswordInput = z.input<typeof setPasswordSchema>;

/** What the form keeps after a failure: never the passwords themselves. */
export type SetPasswordValues = Record<string, never>;
