"use server";
// Server actions of the unit-cost and beneficiary pages (partnership admins): authenticate,
// then hand the form to the command, which checks the permission again, validates and writes
// with its audit row.
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import type { FormState } from "@/lib/forms/form-state";
import { couldNotSaveNow, keepingInput } from "@/lib/forms/keeping-input";
import { beneficiaryValuesOf, savePlaceBeneficiaries, type BeneficiaryValues } from "./beneficiaries/save-place-beneficiaries";
import { changeUnitCost, endUnitCost, endUnitCostValuesOf, type EndValues } from "./unit-costs/change-unit-cost";
import { createUnitCostLine } from "./unit-costs/create-unit-cost-line";
import { importUnitCosts, type UnitCostImport } from "./unit-costs/import-unit-costs";
import { unitCostValuesOf, type UnitCostValues } from "./unit-costs/unit-cost-values";

export async function createUnitCostAction(_: FormState<UnitCostValues>, formData: FormData): Promise<FormState<UnitCostValues>> {
  return keepingInput(
    () => unitCostValuesOf(formData),
    async () => {
      const result = await createUnitCostLine(await requireActor("admin.manage"), formData);
      if (!result.ok) return result;
      revalidatePath("/admin/unit-costs");
      redirect("/admin/unit-costs?done=created");
    },
  );
}

export async function changeUnitCostAction(unitCostId: string, _: FormState<UnitCostValues>, formData: FormData): Promise<FormState<UnitCostValues>> {
  return keepingInput(
    () => unitCostValuesOf(formData),
    async () => {
      const result = await changeUnitCost(await requireActor("admin.manage"), unitCostId, formData);
      if (!result.ok) return result;
      revalidatePath("/admin/unit-costs");
      redirect("/admin/unit-costs?done=changed");
    },
  );
}

export async function endUnitCostAction(unitCostId: string, _: FormState<EndValues>, formData: FormData): Promise<FormState<EndValues>> {
  return keepingInput(
    () => endUnitCostValuesOf(formData),
    async () => {
      const result = await endUnitCost(await requireActor("admin.manage"), unitCostId, formData);
      if (!result.ok) return result;
      revalidatePath("/admin/unit-costs");
      redirect("/admin/unit-costs?done=ended");
    },
  );
}

export async function importUnitCostsAction(_: UnitCostImport | null, formData: FormData): Promise<UnitCostImport | null> {
  const result = await keepingInput(
    () => ({}),
    async (): Promise<UnitCostImport> => {
      const actor = await requireActor("admin.manage");
      const file = formData.get("file");
      if (!(file instanceof File) || file.size === 0) return { ok: false, errors: [{ row: 0, column: null, message: "Choose a CSV file to import" }] };
      if (file.size > 2 * 1024 * 1024) return { ok: false, errors: [{ row: 0, column: null, message: "The file must be smaller than 2 MB" }] };
      return importUnitCosts(actor, await file.text());
    },
  );
  // A file cannot be given back to its field: the admin is asked to choose it again.
  if (!result.ok && !("errors" in result)) return { ok: false, errors: [{ row: 0, column: null, message: `${couldNotSaveNow}: choose the file again` }] };
  if (result.ok) revalidatePath("/admin/unit-costs");
  return result;
}

export async function saveBeneficiariesAction(place: { localityId: string | null; neighbourhoodId: string | null }, _: FormState<BeneficiaryValues>, formData: FormData): Promise<FormState<BeneficiaryValues>> {
  return keepingInput(
    () => beneficiaryValuesOf(formData),
    async () => {
      const result = await savePlaceBeneficiaries(await requireActor("admin.manage"), place, formData);
      if (!result.ok) return result;
      revalidatePath("/admin/beneficiaries");
      redirect("/admin/beneficiaries?done=saved");
    },
  );
}
