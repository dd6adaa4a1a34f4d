import { z } from "zod";
import { plainString } from "@/lib/forms/text";

export const signInSchema = z.object({
  email: plainString("email address")
    .trim()
    .min(1, "Enter your email address")
    .max(254, "Email address must be 254 characters or fewer")
    .email("Enter an email address in the correct format, like name@example.org")
    .transform((email) => email.toLowerCase()),
  password: plainString("password").min(1, "Enter your password").max(1024, "Password must be 1,024 characters or fewer"),
});

export type SignInInput = z.infer<typeof signInSchema>;
