"use server";
// The approval inbox's answer: a public endpoint like every server action — it authenticates,
// parses what the browser sent, and answerLawfulBasis checks that the actor is the named approver.
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/actor";
import type { FormState } from "@/lib/forms/form-state";
import { keepingInput } from "@/lib/forms/keeping-input";
import { answerLawfulBasis, lawfulBasisAnswerValuesOf } from "./answer-lawful-basis";
import type { LawfulBasisAnswerValues } from "./schemas";

export async function answerLawfulBasisAction(_: FormState<LawfulBasisAnswerValues>, formData: FormData): Promise<FormState<LawfulBasisAnswerValues>> {
  return keepingInput(
    () => lawfulBasisAnswerValuesOf(formData),
    async () => {
      const result = await answerLawfulBasis(await requireActor(), formData);
      if (!result.ok) return result;
      revalidatePath("/approvals");
      return { ok: true as const, message: result.answer === "CONFIRM" ? "Lawful basis confirmed: partners' access is restored" : "Lawful basis declined: the lead professional has been told" };
    },
  );
}
