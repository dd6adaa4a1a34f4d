import { z } from "zod";
import { plainString } from "@/lib/forms/text";
import { nhsNumberProblem, normaliseNhsNumber } from "@/lib/domain/nhs-number";
import { normalisePostcode } from "@/lib/domain/postcode";
import { uuid } from "@/lib/domain/uuid";
import { dateFromParts } from "@/lib/forms/date-parts";
import { formExpired } from "@/lib/forms/failures";

const optionalText = (label: string, max: number) =>
  plainString(label)
    .trim()
    .max(max, `${label} must be ${max} characters or fewer`)
    .transform((v) => v || null);

export const personSchema = z.object({
  givenName: plainString("first name")
    .trim()
    .min(1, "Enter the person's first name")
    .max(100, "First name must be 100 characters or fewer"),
  familyName: plainString("last name")
    .trim()
    .min(1, "Enter the person's last name")
    .max(100, "Last name must be 100 characters or fewer"),
  dateOfBirth: dateFromParts("Date of birth", "pastOrToday"),
  nhsNumber: z
    .string()
    .trim()
    .superRefine((value, ctx) => {
      if (!value) return;
      const problem = nhsNumberProblem(value);
      if (problem === "not-ten-digits") ctx.addIssue({ code: "custom", message: "NHS number must be 10 digits, like 943 476 5919" });
      if (problem === "check-digit") {
        ctx.addIssue({ code: "custom", message: "Enter a valid NHS number: the last digit does not match the others, so check it" });
      }
    })
    .transform((v) => (v ? normaliseNhsNumber(v) : null)),
  addressLine1: optionalText("Address", 200),
  town: optionalText("Town or city", 100),
  postcode: z
    .string()
    .trim()
    .max(10, "Enter a real postcode, like M4 6AA")
    .transform((v, ctx) => {
      if (!v) return null;
      const postcode = normalisePostcode(v);
      if (!postcode) {
        ctx.addIssue({ code: "custom", message: "Enter a real postcode, like M4 6AA" });
        return z.NEVER;
      }
      return postcode;
    }),
  confirmedNotDuplicate: z.boolean(),
  clientRequestId: uuid(formExpired),
});

export type PersonInput = z.infer<typeof personSchema>;

export const personFieldOrder = ["givenName", "familyName", "dateOfBirth", "nhsNumber", "addressLine1", "town", "postcode"] as const;
