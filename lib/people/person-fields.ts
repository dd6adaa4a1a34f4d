// How a person's fields are named in their history of changes, and shown there.
import { householdRelationshipLabels, labelFor } from "@/lib/domain/labels";
import { formatDate } from "@/lib/domain/london-time";

export const personFieldLabels: Record<string, string> = {
  givenName: "First name",
  familyName: "Last name",
  dateOfBirth: "Date of birth",
  nhsNumber: "NHS number",
  addressLine1: "Address",
  town: "Town or city",
  postcode: "Postcode",
  household: "Household",
  householdRelationship: "Relationship in the household",
};

/** A value as the history shows it (dates stored as YYYY-MM-DD, relationships by their label). */
export function shownPersonValue(field: string, value: string | null): string {
  if (value === null || value === "") return "None";
  if (field === "dateOfBirth") return formatDate(new Date(`${value}T00:00:00Z`));
  if (field === "householdRelationship") return labelFor(householdRelationshipLabels, value);
  return value;
}
