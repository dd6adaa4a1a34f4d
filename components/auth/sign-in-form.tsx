"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import type { signInAction, SignInValues } from "@/lib/auth/actions";
import type { FormState } from "@/lib/forms/form-state";

export function SignInForm({ action }: { action: typeof signInAction }) {
  const [state, formAction, pending] = useActionState<FormState<SignInValues>, FormData>(action, null);
  const failed = state && !state.ok ? state : null;
  const emailError = failed?.fieldErrors.email?.[0];
  const passwordError = failed?.fieldErrors.password?.[0];
  const summary = [
    ...(failed?.formError ? [{ fieldId: "email", message: failed.formError }] : []),
    ...(emailError ? [{ fieldId: "email", message: emailError }] : []),
    ...(passwordError ? [{ fieldId: "password", message: passwordError }] : []),
  ];
  return (
    <>
      <ErrorSummary items={summary} />
      <form action={formAction} noValidate>
        <TextField
          id="email"
          name="email"
          label="Email address"
          type="email"
          autoComplete="username"
          spellCheck={false}
          defaultValue={failed?.values.email ?? ""}
          error={emailError ?? failed?.formError}
        />
        <TextField
          id="password"
          name="password"
          label="Password"
          type="password"
          autoComplete="current-password"
          error={passwordError}
        />
        <Button type="submit" disabled={pending}>
          Sign in
        </Button>
      </form>
    </>
  );
}
