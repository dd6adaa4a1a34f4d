// What the sharing agreement forms and filters accept.
import { z } from "zod";
import { plainString } from "@/lib/forms/text";
import { dateFromParts, optionalDateFromParts } from "@/lib/forms/date-parts";
import { LawfulBasis } from "@/lib/generated/prisma/enums";
import { uuid } from "@/lib/domain/uuid";

const expired = "The form has expired: reload the page and try again";

const distinctIds = (message: string) => z.array(uuid(message)).transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))]);

export const agreementSchema = z
  .object({
    id: uuid(expired),
    title: plainString("title").trim().min(1, "Enter the agreement's title").max(200, "Title must be 200 characters or fewer"),
    purpose: plainString("purpose")
      .trim()
      .min(1, "Enter the purpose of the sharing")
      .max(2000, "Purpose must be 2,000 characters or fewer"),
    lawfulBasis: z.string().pipe(z.enum(LawfulBasis, "Select the lawful basis for sharing")),
    status: z.string().pipe(z.enum(["DRAFT", "ACTIVE"], "Select whether the agreement is a draft or in force")),
    // Counted once each: the same organisation twice is one party (a tampered or double-posted form).
    partyIds: distinctIds("Select organisations from the list").pipe(z.array(z.string()).min(2, "Select at least two organisations")),
    themeIds: distinctIds("Select themes from the list").pipe(z.array(z.string()).min(1, "Select at least one theme the agreement covers")),
    startsOn: dateFromParts("Start date"),
    endsOn: optionalDateFromParts("End date"),
    reviewOn: optionalDateFromParts("Review date"),
  })
  .superRefine((a, ctx) => {
    if (a.endsOn && a.endsOn <= a.startsOn) {
      ctx.addIssue({ code: "custom", path: ["endsOn"], message: "End date must be after the start date" });
    }
    if (a.reviewOn && (a.reviewOn < a.startsOn || (a.endsOn && a.reviewOn > a.endsOn))) {
      ctx.addIssue({ code: "custom", path: ["reviewOn"], message: "Review date must be between the start date and the end date" });
    }
  });
export type AgreementInput = z.input<typeof agreementSchema>;
export type AgreementData = z.output<typeof agreementSchema>;

export const editAgreementSchema = z.object({ updatedAt: z.iso.datetime(expired) });
export type EditAgreementInput = AgreementInput & z.input<typeof editAgreementSchema>;

export const endAgreementSchema = z.object({
  id: uuid(expired),
  reason: plainString("reason").trim().min(1, "Enter why the agreement is ending").max(500, "Reason must be 500 characters or fewer"),
});
export type EndAgreementInput = z.input<typeof endAgreementSchema>;

export const agreementFilterSchema = z.object({
  // Checked by the page with searchText (lib/forms/search-text.ts), which says what is wrong.
  q: z.string().catch(""),
  status: z.enum(["DRAFT", "ACTIVE", "EXPIRED", "ENDED"]).or(z.literal("")).catch(""),
});
export type AgreementFilters = z.infer<typeof agreementFilterSchema>;
