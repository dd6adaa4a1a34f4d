"use server";
// The access checker's server action: authenticate, then ask the policy (and audit the check).
import { asAdmin } from "../as-admin";
import { textOf } from "@/lib/forms/form-values";
import type { FormFailure } from "@/lib/forms/form-state";
import { checkAccess, type AccessCheckAnswer } from "./check-access";
import type { AccessCheckInput } from "./schemas";

export type AccessCheckState = { ok: true; answer: AccessCheckAnswer } | FormFailure<AccessCheckInput> | null;

export async function checkAccessAction(_previous: AccessCheckState, formData: FormData): Promise<AccessCheckState> {
  return asAdmin({ email: textOf(formData, "email"), caseReference: textOf(formData, "caseReference") }, checkAccess);
}
