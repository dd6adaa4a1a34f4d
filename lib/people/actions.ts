"use server";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { createPerson, type CreatePersonResult } from "./create-person";
import { searchPeople, type PersonSummary } from "./queries";

export async function createPersonAction(_: CreatePersonResult | null, formData: FormData): Promise<CreatePersonResult> {
  const result = await createPerson(await requireActor("cases.work"), formData);
  if (result.ok) redirect(`/cases/new?person=${result.personId}`);
  return result;
}

export type PersonSearchState = { searched: boolean; text: string; kind: string; people: PersonSummary[] } | null;

// A POST, not a GET: search terms (names, NHS numbers) must never appear in URLs or server logs.
export async function searchPeopleAction(_: PersonSearchState, formData: FormData): Promise<PersonSearchState> {
  const actor = await requireActor("cases.work");
  const text = String(formData.get("q") ?? "").slice(0, 100);
  const { terms, people } = await searchPeople(actor, text);
  return { searched: true, text, kind: terms.kind, people };
}
