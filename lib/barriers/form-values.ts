// Reading barrier forms: what the user typed, kept as typed so it can be given back on an error.
import { readDateParts, type DatePartsInput } from "@/lib/forms/date-parts";
import { textOf, textsOf } from "@/lib/forms/form-values";

export type DescribedValues = { title: string; description: string; effect: string; category: string; organisationIds: string[] };

export function describedValues(formData: FormData): DescribedValues {
  return {
    title: textOf(formData, "title"),
    description: textOf(formData, "description"),
    effect: textOf(formData, "effect"),
    category: textOf(formData, "category"),
    organisationIds: textsOf(formData, "organisationIds"),
  };
}

/** The three texts a barrier is described by, for the personal-data check. */
export function describedTexts(values: { title: string; description: string; effect: string }) {
  return [
    { field: "title", label: "Title", text: values.title },
    { field: "description", label: "What happens", text: values.description },
    { field: "effect", label: "Effect on people and services", text: values.effect },
  ];
}

export function dateValue(formData: FormData, name: string): DatePartsInput {
  return readDateParts(formData, name);
}
