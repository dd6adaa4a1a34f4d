"use server";
// The second-step forms: an authenticator code, a recovery code, and setting up the app. Each
// is a public endpoint: it needs a session that has passed its password and nothing more.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import { keepingInput } from "@/lib/forms/keeping-input";
import { currentSessionState, requireSecondStep } from "../actor";
import { clientAddress } from "../client-address";
import { rememberThisDevice } from "../known-device";
import { confirmEnrolment } from "./enrolment";
import { passSecondStep } from "./pass-second-step";

type CodeValues = Record<string, never>;
export type EnrolmentState = FormState<CodeValues> | { ok: true; recoveryCodes: string[] };

const codeOf = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value.slice(0, 64) : "";
};

// A code is checked and used up in one transaction, so trying again after an outage is safe.
async function passWith(method: "totp" | "recovery-code", formData: FormData): Promise<FormState<CodeValues>> {
  return keepingInput(
    () => ({}),
    async () => {
      const session = await requireSecondStep();
      const field = method === "totp" ? "code" : "recoveryCode";
      const result = await passSecondStep(session, { method, code: codeOf(formData, field) }, clientAddress(await headers()));
      if (!result.ok) return { ok: false, fieldErrors: { [field]: [result.error] }, values: {} };
      await rememberThisDevice(db, session.userId);
      redirect("/");
    },
  );
}

export async function verifyCodeAction(_previous: FormState<CodeValues>, formData: FormData): Promise<FormState<CodeValues>> {
  return passWith("totp", formData);
}

export async function verifyRecoveryCodeAction(_previous: FormState<CodeValues>, formData: FormData): Promise<FormState<CodeValues>> {
  return passWith("recovery-code", formData);
}

export async function confirmEnrolmentAction(_previous: EnrolmentState, formData: FormData): Promise<EnrolmentState> {
  return keepingInput(
    () => ({}),
    async (): Promise<EnrolmentState> => {
      const session = await requireSecondStep();
      const result = await confirmEnrolment(session, codeOf(formData, "code"), clientAddress(await headers()));
      // No cookie is set here: the page must stay put to show the recovery codes (once).
      if (!result.ok) return { ok: false, fieldErrors: { code: [result.error] }, values: {} };
      return { ok: true, recoveryCodes: result.recoveryCodes };
    },
  );
}

/** "I have saved my recovery codes": remembers this device and goes on to the portal. */
export async function finishEnrolmentAction(): Promise<void> {
  const state = await currentSessionState();
  if (state.stage !== "complete") redirect("/sign-in");
  await rememberThisDevice(db, state.actor.userId);
  redirect("/");
}
