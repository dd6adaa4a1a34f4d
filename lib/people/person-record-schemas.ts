// zod schemas of the person page's forms: editing details, joining and leaving a household.
import { z } from "zod";
import { uuid } from "@/lib/domain/uuid";
import { HouseholdRelationship } from "@/lib/generated/prisma/enums";
import { newHouseholdChoice } from "./household-choices-value";
import { personSchema } from "./schemas";

const version = z.coerce.number({ error: "The form has expired: reload the page and try again" }).int().min(1);

export const personDetailsSchema = personSchema.omit({ confirmedNotDuplicate: true, clientRequestId: true }).extend({ version });

export type PersonDetailsInput = z.infer<typeof personDetailsSchema>;

export const personDetailsFieldOrder = ["givenName", "familyName", "dateOfBirth", "nhsNumber", "addressLine1", "town", "postcode"] as const;

export const joinHouseholdSchema = z.object({
  householdId: z.union([z.literal(newHouseholdChoice), uuid("Choose a household from the list")], { error: "Choose a household from the list" }),
  relationship: z.enum(HouseholdRelationship, "Choose how they are related to the household"),
  version,
});

export const leaveHouseholdSchema = z.object({ version });
