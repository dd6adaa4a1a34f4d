"use server";
// Merging and unmerging person records, and request-to-link: public endpoints. Each
// authenticates, then delegates to a function that validates (zod), authorises through the person
// policy and writes with its audit row in one transaction; input is kept through a database outage.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import type { FormState } from "@/lib/forms/form-state";
import { keepingInput } from "@/lib/forms/keeping-input";
import { answerLinkRequest, answerValuesOf, linkRequestValuesOf, sendLinkRequest, type AnswerValues, type LinkRequestValues } from "./link-requests";
import { mergePeople, mergeValuesOf, type MergeValues } from "./merge-people";
import { unmergePeople, unmergeValuesOf, type UnmergeValues } from "./unmerge-people";

export async function mergePeopleAction(_: FormState<MergeValues>, formData: FormData): Promise<FormState<MergeValues>> {
  const result = await keepingInput(
    () => mergeValuesOf(formData),
    async () => mergePeople(await requireActor("cases.work"), formData),
  );
  if (!result.ok) return result;
  revalidatePath(`/people/${result.keptId}`);
  redirect(`/people/${result.keptId}?saved=merged`);
}

export async function unmergePeopleAction(_: FormState<UnmergeValues>, formData: FormData): Promise<FormState<UnmergeValues>> {
  const result = await keepingInput(
    () => unmergeValuesOf(formData),
    async () => unmergePeople(await requireActor("cases.work"), formData),
  );
  if (!result.ok) return result;
  revalidatePath(`/people/${result.keptId}`);
  redirect(`/people/${result.keptId}?saved=unmerged`);
}

export async function sendLinkRequestAction(_: FormState<LinkRequestValues>, formData: FormData): Promise<FormState<LinkRequestValues>> {
  const result = await keepingInput(
    () => linkRequestValuesOf(formData),
    async () => sendLinkRequest(await requireActor("cases.work"), formData),
  );
  if (!result.ok) return result;
  redirect("/people/link-requests?sent=1");
}

export async function answerLinkRequestAction(_: FormState<AnswerValues>, formData: FormData): Promise<FormState<AnswerValues>> {
  const result = await keepingInput(
    () => answerValuesOf(formData),
    async () => answerLinkRequest(await requireActor("cases.work"), formData),
  );
  if (!result.ok) return result;
  revalidatePath("/people/link-requests");
  redirect("/people/link-requests?answered=1");
}
