"use server";
// Server actions of the agreement pages: authenticate, then hand the form to the command.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
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
  const actor = await requireActor("admin.manage");
  const result = await createAgreement(actor, agreementValues(formData));
  if (!result.ok) return result;
  revalidatePath("/admin/agreements");
  redirect(`/admin/agreements/${result.id}?done=created`);
}

export async function updateAgreementAction(
  _previous: FormState<EditAgreementInput>,
  formData: FormData,
): Promise<FormState<EditAgreementInput>> {
  const actor = await requireActor("admin.manage");
  const result = await updateAgreement(actor, { ...agreementValues(formData), updatedAt: textOf(formData, "updatedAt") });
  if (!result.ok) return result;
  revalidatePath("/admin/agreements");
  redirect(`/admin/agreements/${result.id}?done=updated`);
}

export async function endAgreementAction(_previous: FormState<EndAgreementInput>, formData: FormData): Promise<FormState<EndAgreementInput>> {
  const actor = await requireActor("admin.manage");
  const result = await endAgreement(actor, { id: textOf(formData, "id"), reason: textOf(formData, "reason") });
  if (!result.ok) return result;
  revalidatePath("/admin/agreements");
  redirect(`/admin/agreements/${result.id}?done=ended`);
}
