// What the merge, unmerge and link-request forms send, as zod schemas shared by actions and pages.
import { z } from "zod";
import { uuid } from "@/lib/domain/uuid";
import { text } from "@/lib/forms/text";
import { mergeFields, type MergeField } from "./merge-record";
import { personSchema } from "./schemas";

const version = z.coerce.number({ error: "The form has expired: reload the page and try again" }).int().min(1).max(2_147_483_647);
const choice = z.enum(["kept", "away"], { error: "Choose which record's value to keep" }).optional();

export const mergeSchema = z.object({
  keptId: uuid("The form has expired: reload the page and try again"),
  awayId: uuid("The form has expired: reload the page and try again"),
  keptVersion: version,
  awayVersion: version,
  choices: z.object(Object.fromEntries(mergeFields.map((f) => [f, choice])) as Record<MergeField, typeof choice>),
  confirmed: z.literal("yes", { error: "Confirm that both records are the same person" }),
});

export const unmergeSchema = z.object({
  mergeId: uuid("The form has expired: reload the page and try again"),
  keptVersion: version,
});

export const answerLinkRequestSchema = z.object({
  requestId: uuid("The form has expired: reload the page and try again"),
  answer: z.enum(["ACCEPTED", "DECLINED"], { error: "Choose whether to accept or decline the request" }),
  answerReason: text("the reason for your answer", 1000),
});

export const sendLinkRequestSchema = personSchema.pick({ givenName: true, familyName: true, dateOfBirth: true, nhsNumber: true, postcode: true, clientRequestId: true }).extend({
  holderOrganisationId: uuid("The form has expired: reload the page and try again"),
  reason: text("why you are asking", 1000),
});
