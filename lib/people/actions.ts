"use server";
// Recording and finding people: public endpoints, each authenticating and validating itself.
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { keepingInput } from "@/lib/forms/keeping-input";
import { createPerson, personValuesOf, type CreatePersonResult } from "./create-person";
import { searchPeople, type PersonSummary } from "./queries";

export async function createPersonAction(_: CreatePersonResult | null, formData: FormData): Promise<CreatePersonResult> {
  return keepingInput(
    () => personValuesOf(formData),
    async () => {
      const result = await createPerson(await requireActor("cases.work"), formData);
      if (result.ok) redirect(`/cases/new?person=${result.personId}`);
      return result;
    },
  );
}

export type PersonSearchState = { searched: boolean; text: string; kind: string; error?: string; people: PersonSummary[] } | null;

// A POST, not a GET: search terms (names, NHS numbers) must never appear in URLs or server logs.
export async function searchPeopleAction(_: PersonSearchState, formData: FormData): Promise<PersonSearchState> {
  const text = String(formData.get("q") ?? "");
  const searched = await keepingInput(
    () => null,
    async () => searchPeople(await requireActor("cases.work"), text),
  );
  if (!searched || !("terms" in searched)) {
    return { searched: false, text, kind: "unavailable", error: "We could not search just now — try again", people: [] };
  }
  const { terms, people } = searched;
  return { searched: true, text, kind: terms.kind, ...(terms.kind === "invalid" ? { error: terms.message } : {}), people };
}
