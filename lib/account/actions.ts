"use server";
// The account page's actions and the idle-timeout dialog's "Stay signed in". Each is a public
// endpoint: it authenticates itself and acts only on the caller's own sessions.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { requireActor } from "@/lib/auth/actor";
import { clientAddress } from "@/lib/auth/client-address";
import { reauthenticate } from "@/lib/auth/reauthenticate";
import { idleLimitMs } from "@/lib/auth/session-policy";
import { idleExpiryAfter } from "@/lib/auth/session-validity";
import { reauthenticationNeeded, safeReturnPath } from "@/lib/auth/reauthentication";
import { db } from "@/lib/db";
import type { FormState } from "@/lib/forms/form-state";
import { keepingInput } from "@/lib/forms/keeping-input";
import { endMyOtherSessions, endMySession } from "./end-my-sessions";
import { renewRecoveryCodes } from "./renew-recovery-codes";
import { uuid } from "@/lib/domain/uuid";

const address = async () => clientAddress(await headers());
const text = (formData: FormData, name: string) => {
  const value = formData.get(name);
  return typeof value === "string" ? value : "";
};

export async function signOutSessionAction(formData: FormData): Promise<void> {
  const actor = await requireActor();
  const id = uuid().safeParse(text(formData, "sessionId"));
  if (id.success && id.data !== actor.sessionId) await endMySession(actor, id.data, await address());
  revalidatePath("/account");
  redirect("/account?done=signed-out");
}

export async function signOutEverywhereElseAction(): Promise<void> {
  const actor = await requireActor();
  await endMyOtherSessions(actor, await address());
  revalidatePath("/account");
  redirect("/account?done=signed-out-elsewhere");
}

/** The timeout warning's "Stay signed in": any authenticated request moves the idle limit on. */
export async function staySignedInAction(): Promise<{ ok: boolean }> {
  const actor = await requireActor();
  if (!actor.sessionId) return { ok: false };
  const session = await db.userSession.findUniqueOrThrow({ where: { id: actor.sessionId }, select: { absoluteExpiresAt: true } });
  const now = new Date();
  await db.userSession.updateMany({
    where: { id: actor.sessionId, revokedAt: null },
    data: { lastSeenAt: now, idleExpiresAt: idleExpiryAfter(now, session.absoluteExpiresAt, idleLimitMs) },
  });
  return { ok: true };
}

export type RecoveryCodesState = FormState<Record<string, never>> | { ok: true; recoveryCodes: string[] };

export async function renewRecoveryCodesAction(): Promise<RecoveryCodesState> {
  const actor = await requireActor();
  const codes = await renewRecoveryCodes(actor, await address());
  if (!codes) return { ok: false, fieldErrors: {}, formError: reauthenticationNeeded, values: {} };
  return { ok: true, recoveryCodes: codes };
}

export type ReauthenticateValues = { returnTo: string };

export async function reauthenticateAction(_previous: FormState<ReauthenticateValues>, formData: FormData): Promise<FormState<ReauthenticateValues>> {
  const returnTo = safeReturnPath(text(formData, "returnTo"));
  // The password and code are checked and recorded in one transaction: safe to try again.
  return keepingInput(
    () => ({ returnTo }),
    async () => {
      const actor = await requireActor();
      const result = await reauthenticate(actor, { password: text(formData, "password"), code: text(formData, "code").slice(0, 64) }, await address());
      if (!result.ok) return { ok: false, fieldErrors: result.fieldErrors, ...(result.formError ? { formError: result.formError } : {}), values: { returnTo } };
      redirect(returnTo);
    },
  );
}
