// zod schemas of the subject access forms, shared by the commands and their forms.
import { z } from "zod";
import { uuid } from "@/lib/domain/uuid";
import { dateFromParts } from "@/lib/forms/date-parts";
import { formExpired } from "@/lib/forms/failures";
import { text } from "@/lib/forms/text";
import { sarSections } from "./sar-items";

const version = z.coerce.number({ error: formExpired }).int(formExpired).min(1, formExpired);

export const logRequestSchema = z.object({
  personId: uuid("Choose the person the request is about"),
  receivedOn: dateFromParts("Date received", "pastOrToday"),
  identityCheckedBy: text("who checked the requester's identity", 200),
  identityCheckMethod: text("how their identity was checked", 500),
  clientRequestId: uuid(formExpired),
});
export const logRequestFieldOrder = ["personId", "receivedOn", "identityCheckedBy", "identityCheckMethod"] as const;

export const withholdSchema = z.object({
  itemType: z.enum(sarSections, "Choose an item of the record"),
  itemId: text("the item", 100),
  reason: text("the reason for withholding it", 500),
  version,
});

export const releaseSchema = z.object({ itemType: z.enum(sarSections, "Choose an item of the record"), itemId: text("the item", 100), version });

export const extendSchema = z.object({
  extendedDueOn: dateFromParts("New due date", "any"),
  extensionReason: text("the reason for the extension", 500),
  version,
});
export const extendFieldOrder = ["extendedDueOn", "extensionReason"] as const;

export const personLookupSchema = z.object({ name: text("a name", 100) });
