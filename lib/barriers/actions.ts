"use server";
// The barrier server actions: public endpoints, each authenticating here and delegating to a
// function that validates, authorises through lib/access/barrier-policy and writes with its
// audit row and history entry. An outage gives the form back with what was typed (keepingInput).
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { keepingInput } from "@/lib/forms/keeping-input";
import { acceptBarrier, acceptBarrierValuesOf, type AcceptValues } from "./accept-barrier";
import { addBarrierAction, addBarrierActionValuesOf, type BarrierActionValues } from "./add-barrier-action";
import type { BarrierFormState } from "./barrier-form-state";
import { closeBarrier, closeBarrierValuesOf, type CloseValues } from "./close-barrier";
import { commentOnBarrier, commentOnBarrierValuesOf, type CommentValues } from "./comment-on-barrier";
import { editBarrier, editBarrierValuesOf, type EditValues } from "./edit-barrier";
import { escalateBarrier, escalateBarrierValuesOf, type EscalateValues } from "./escalate-barrier";
import { linkCasesToBarrier, linkCasesToBarrierValuesOf, type LinkCaseValues } from "./link-cases-to-barrier";
import { markBarrierNotificationsRead } from "./mark-barrier-notifications-read";
import { raiseBarrier, raiseBarrierValuesOf, type RaiseResult } from "./raise-barrier";
import { updateBarrierAction, updateBarrierActionValuesOf, type BarrierActionStatusValues } from "./update-barrier-action";

function done(barrierId: string, saved: string): never {
  revalidatePath(`/barriers/${barrierId}`);
  redirect(`/barriers/${barrierId}?saved=${saved}`);
}

export async function raiseBarrierAction(_: RaiseResult | null, formData: FormData): Promise<RaiseResult> {
  return keepingInput(
    () => raiseBarrierValuesOf(formData),
    async () => {
      const result = await raiseBarrier(await requireActor(), formData);
      if (result.ok) done(result.barrierId, "raised");
      return result;
    },
  );
}

export async function editBarrierAction(barrierId: string, _: BarrierFormState<EditValues>, formData: FormData): Promise<BarrierFormState<EditValues>> {
  return keepingInput(
    () => editBarrierValuesOf(formData),
    async () => {
      const result = await editBarrier(await requireActor(), barrierId, formData);
      if (result.ok) done(barrierId, "edited");
      return result;
    },
  );
}

export async function acceptBarrierAction(barrierId: string, _: BarrierFormState<AcceptValues>, formData: FormData): Promise<BarrierFormState<AcceptValues>> {
  return keepingInput(
    () => acceptBarrierValuesOf(formData),
    async () => {
      const result = await acceptBarrier(await requireActor(), barrierId, formData);
      if (result.ok) done(barrierId, "accepted");
      return result;
    },
  );
}

export async function addBarrierActionAction(barrierId: string, _: BarrierFormState<BarrierActionValues>, formData: FormData): Promise<BarrierFormState<BarrierActionValues>> {
  return keepingInput(
    () => addBarrierActionValuesOf(formData),
    async () => {
      const result = await addBarrierAction(await requireActor(), barrierId, formData);
      if (result.ok) done(barrierId, "action");
      return result;
    },
  );
}

export async function updateBarrierActionAction(barrierId: string, _: BarrierFormState<BarrierActionStatusValues>, formData: FormData): Promise<BarrierFormState<BarrierActionStatusValues>> {
  return keepingInput(
    () => updateBarrierActionValuesOf(formData),
    async () => {
      const result = await updateBarrierAction(await requireActor(), barrierId, formData);
      if (result.ok) done(barrierId, "action-status");
      return result;
    },
  );
}

export async function commentOnBarrierAction(barrierId: string, _: BarrierFormState<CommentValues>, formData: FormData): Promise<BarrierFormState<CommentValues>> {
  return keepingInput(
    () => commentOnBarrierValuesOf(formData),
    async () => {
      const result = await commentOnBarrier(await requireActor(), barrierId, formData);
      if (result.ok) done(barrierId, "comment");
      return result;
    },
  );
}

export async function escalateBarrierAction(barrierId: string, _: BarrierFormState<EscalateValues>, formData: FormData): Promise<BarrierFormState<EscalateValues>> {
  return keepingInput(
    () => escalateBarrierValuesOf(formData),
    async () => {
      const result = await escalateBarrier(await requireActor(), barrierId, formData);
      if (result.ok) done(barrierId, "escalated");
      return result;
    },
  );
}

export async function closeBarrierAction(barrierId: string, _: BarrierFormState<CloseValues>, formData: FormData): Promise<BarrierFormState<CloseValues>> {
  return keepingInput(
    () => closeBarrierValuesOf(formData),
    async () => {
      const result = await closeBarrier(await requireActor(), barrierId, formData);
      if (result.ok) done(barrierId, "closed");
      return result;
    },
  );
}

export async function linkCasesToBarrierAction(barrierId: string, _: BarrierFormState<LinkCaseValues>, formData: FormData): Promise<BarrierFormState<LinkCaseValues>> {
  return keepingInput(
    () => linkCasesToBarrierValuesOf(formData),
    async () => {
      const result = await linkCasesToBarrier(await requireActor(), barrierId, formData);
      if (result.ok) done(barrierId, "linked");
      return result;
    },
  );
}

export async function markBarrierNotificationsReadAction(): Promise<void> {
  await markBarrierNotificationsRead(await requireActor());
  revalidatePath("/work");
  revalidatePath("/barriers");
}
