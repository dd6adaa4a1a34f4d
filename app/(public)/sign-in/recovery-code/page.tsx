import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CodeForm } from "@/components/auth/code-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireSecondStep } from "@/lib/auth/actor";
import { verifyRecoveryCodeAction } from "@/lib/auth/mfa/actions";

export const metadata: Metadata = { title: "Use a recovery code" };

export default async function RecoveryCodePage() {
  const session = await requireSecondStep();
  if (!session.enrolled) redirect("/sign-in/set-up-authenticator");
  return (
    <div className="max-w-xl">
      <PageHeading caption="Sign in, step 2 of 2">Use a recovery code</PageHeading>
      <p className="mb-6">
        Enter one of the recovery codes you saved when you set up your authenticator app. Each code works once.
      </p>
      <CodeForm action={verifyRecoveryCodeAction} field="recoveryCode" label="Recovery code" hint="For example, 4f7k-2m9q-x8rt-3vbn" submitLabel="Continue" kind="recovery" />
      <p className="mt-6">
        If you have no recovery codes left, ask your partnership admin to reset your authenticator app.
      </p>
      <p className="mt-4">
        <Link href="/sign-in/code">Use a code from my authenticator app</Link>
      </p>
    </div>
  );
}
