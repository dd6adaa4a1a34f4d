"use client";
// Setting up an authenticator app: the QR code and the key to type instead, a first code to prove
// it works, then the recovery codes (shown once, in place of the form).
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import type { confirmEnrolmentAction, finishEnrolmentAction } from "@/lib/auth/mfa/actions";
import type { AuthenticatorSetUp } from "@/lib/auth/mfa/enrolment";
import { RecoveryCodesList } from "./recovery-codes-list";

export function SetUpAuthenticatorForm({
  setUp,
  action,
  finish,
}: {
  setUp: AuthenticatorSetUp | null;
  action: typeof confirmEnrolmentAction;
  finish: typeof finishEnrolmentAction;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok || !setUp) {
    return (
      <>
        <h2 className="mb-4 text-2xl font-bold">Your authenticator app is set up</h2>
        {state?.ok && "recoveryCodes" in state ? <RecoveryCodesList codes={state.recoveryCodes} /> : null}
        <form action={finish}>
          <Button type="submit">{state?.ok ? "I have saved my recovery codes" : "Continue"}</Button>
        </form>
      </>
    );
  }
  const error = state && !state.ok ? state.fieldErrors.code?.[0] : undefined;
  return (
    <>
      <ErrorSummary items={error ? [{ fieldId: "code", message: error }] : []} />
      <ol className="mb-8 list-decimal space-y-6 pl-6">
        <li>
          <p className="mb-2">
            Install an authenticator app on your phone if you do not have one, for example Microsoft Authenticator or Google
            Authenticator.
          </p>
        </li>
        <li>
          <p className="mb-2">In the app, add an account and scan this QR code.</p>
          <div role="img" aria-label="QR code for adding Golden Thread to your authenticator app" className="h-56 w-56 border-2 border-ink bg-white" dangerouslySetInnerHTML={{ __html: setUp.qrSvg }} />
          <details className="mt-4">
            <summary className="cursor-pointer font-semibold text-link underline">I cannot scan the QR code</summary>
            <div className="mt-2 border-l-[5px] border-border pl-4">
              <p className="mb-2">Choose to enter a key in the app, and type this key (spaces do not matter). It is time based.</p>
              <p className="font-mono text-xl break-all" aria-label="Key to type into your app" data-testid="typed-key">
                {setUp.typedKey}
              </p>
            </div>
          </details>
        </li>
        <li>
          <form action={formAction} noValidate>
            <TextField id="code" name="code" label="Enter the 6-digit code the app shows" hint="For example, 123456" error={error} autoComplete="one-time-code" inputMode="numeric" spellCheck={false} widthClass="w-40" />
            <Button type="submit" disabled={pending}>
              Set up authenticator app
            </Button>
          </form>
        </li>
      </ol>
    </>
  );
}
