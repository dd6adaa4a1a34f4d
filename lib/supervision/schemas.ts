// The caseload page's choices (query string): days without contact, and the page of that list.
import { z } from "zod";

export const defaultNoContactDays = 28;

export const caseloadQuerySchema = z.object({
  days: z.coerce
    .number({ message: "Enter the number of days as a whole number" })
    .int({ message: "Enter the number of days as a whole number" })
    .min(1, { message: "The number of days must be 1 or more" })
    .max(365, { message: "The number of days must be 365 or fewer" }),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
