"use server";
// Server actions of the unit-cost and beneficiary pages (partnership admins): authenticate,
// then hand the form to the command, which checks the permission again, validates and writes
// with its audit row.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import type { FormState } from "@/lib/forms/form-state";
import { savePlaceBeneficiaries, type BeneficiaryValues } from "./beneficiaries/save-place-beneficiaries";
import { changeUnitCost, endUnitCost, type EndValues } from "./unit-costs/change-unit-cost";
import { createUnitCostLine } from "./unit-costs/create-unit-cost-line";
import { importUnitCosts, type UnitCostImport } from "./unit-costs/import-unit-costs";
import type { UnitCostValues } from "./unit-costs/unit-cost-values";

export async function createUnitCostAction(_: FormState<UnitCostValues>, formData: FormData): Promise<FormState<UnitCostValues>> {
  const result = await createUnitCostLine(await requireActor("admin.manage"), formData);
  if (!result.ok) return result;
  revalidatePath("/admin/unit-costs");
  redirect("/admin/unit-costs?done=created");
}

export async function changeUnitCostAction(unitCostId: string, _: FormState<UnitCostValues>, formData: FormData): Promise<FormState<UnitCostValues>> {
  const result = await changeUnitCost(await requireActor("admin.manage"), unitCostId, formData);
  if (!result.ok) return result;
  revalidatePath("/admin/unit-costs");
  redirect("/admin/unit-costs?done=changed");
}

export async function endUnitCostAction(unitCostId: string, _: FormState<EndValues>, formData: FormData): Promise<FormState<EndValues>> {
  const result = await endUnitCost(await requireActor("admin.manage"), unitCostId, formData);
  if (!result.ok) return result;
  revalidatePath("/admin/unit-costs");
  redirect("/admin/unit-costs?done=ended");
}

export async function importUnitCostsAction(_: UnitCostImport | null, formData: FormData): Promise<UnitCostImport | null> {
  const actor = await requireActor("admin.manage");
  const file = formData.get("file");
  if (!(file instanceof File) || file.size === 0) return { ok: false, errors: [{ row: 0, column: null, message: "Choose a CSV file to import" }] };
  if (file.size > 2 * 1024 * 1024) return { ok: false, errors: [{ row: 0, column: null, message: "The file must be smaller than 2 MB" }] };
  const result = await importUnitCosts(actor, await file.text());
  if (result.ok) revalidatePath("/admin/unit-costs");
  return result;
}

export async function saveBeneficiariesAction(place: { localityId: string | null; neighbourhoodId: string | null }, _: FormState<BeneficiaryValues>, formData: FormData): Promise<FormState<BeneficiaryValues>> {
  const result = await savePlaceBeneficiaries(await requireActor("admin.manage"), place, formData);
  if (!result.ok) return result;
  revalidatePath("/admin/beneficiaries");
  redirect("/admin/beneficiaries?done=saved");
}
