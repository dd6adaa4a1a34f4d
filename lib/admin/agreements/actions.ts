"use server";
// Server actions of the agreement pages: authenticate, then hand the form to the command.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { asAdmin } from "../as-admin";
import type { FormState } from "@/lib/forms/form-state";
import { textOf, textsOf } from "@/lib/forms/form-values";
import { readDateParts } from "@/lib/forms/date-parts";
import { endAgreement } from "./end-agreement";
import { createAgreement, updateAgreement } from "./save-agreement";
import type { AgreementInput, EditAgreementInput, EndAgreementInput } from "./schemas";

function agreementValues(formData: FormData): AgreementInput {
  return {
    id: textOf(formData, "id"),
    title: textOf(formData, "title"),
    purpose: textOf(formData, "purpose"),
    lawfulBasis: textOf(formData, "lawfulBasis"),
    status: textOf(formData, "status"),
    partyIds: textsOf(formData, "partyIds"),
    themeIds: textsOf(formData, "themeIds"),
    startsOn: readDateParts(formData, "startsOn"),
    endsOn: readDateParts(formData, "endsOn"),
    reviewOn: readDateParts(formData, "reviewOn"),
  };
}

export async function createAgreementAction(_previous: FormState<AgreementInput>, formData: FormData): Promise<FormState<AgreementInput>> {
  const result = await asAdmin(agreementValues(formData), createAgreement);
  if (!result.ok) return result;
  revalidatePath("/admin/agreements");
  redirect(`/admin/agreements/${result.id}?done=created`);
}

export async function updateAgreementAction(
  _previous: FormState<EditAgreementInput>,
  formData: FormData,
): Promise<FormState<EditAgreementInput>> {
  const result = await asAdmin({ ...agreementValues(formData), updatedAt: textOf(formData, "updatedAt") }, updateAgreement);
  if (!result.ok) return result;
  revalidatePath("/admin/agreements");
  redirect(`/admin/agreements/${result.id}?done=updated`);
}

export async function endAgreementAction(_previous: FormState<EndAgreementInput>, formData: FormData): Promise<FormState<EndAgreementInput>> {
  const result = await asAdmin({ id: textOf(formData, "id"), reason: textOf(formData, "reason") }, endAgreement);
  if (!result.ok) return result;
  revalidatePath("/admin/agreements");
  redirect(`/admin/agreements/${result.id}?done=ended`);
}
