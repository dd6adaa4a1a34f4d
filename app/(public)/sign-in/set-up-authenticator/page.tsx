// Enrolment at first sign-in (or after an admin reset). It does not redirect once set up: the
// same form must stay to show the recovery codes, once.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SetUpAuthenticatorForm } from "@/components/auth/set-up-authenticator-form";
import { PageHeading } from "@/components/ui/page-heading";
import { currentSessionState } from "@/lib/auth/actor";
import { confirmEnrolmentAction, finishEnrolmentAction } from "@/lib/auth/mfa/actions";
import { authenticatorSetUp } from "@/lib/auth/mfa/enrolment";

export const metadata: Metadata = { title: "Set up your authenticator app", robots: { index: false } };

export default async function SetUpAuthenticatorPage() {
  const state = await currentSessionState();
  if (state.stage === "none") redirect("/sign-in");
  if (state.stage === "second-step" && state.session.enrolled) redirect("/sign-in/code");
  const setUp = state.stage === "second-step" ? await authenticatorSetUp(state.session) : null;
  return (
    <div className="max-w-2xl">
      <PageHeading caption="Sign in, step 2 of 2">Set up your authenticator app</PageHeading>
      <p className="mb-6">
        Golden Thread holds sensitive information about people, so signing in needs your password and a code from an app on your
        phone. You only need to set this up once.
      </p>
      <SetUpAuthenticatorForm setUp={setUp} action={confirmEnrolmentAction} finish={finishEnrolmentAction} />
    </div>
  );
}
