import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { CodeForm } from "@/components/auth/code-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireSecondStep } from "@/lib/auth/actor";
import { verifyCodeAction } from "@/lib/auth/mfa/actions";

export const metadata: Metadata = { title: "Enter the code from your authenticator app" };

export default async function SignInCodePage() {
  const session = await requireSecondStep();
  if (!session.enrolled) redirect("/sign-in/set-up-authenticator");
  return (
    <div className="max-w-xl">
      <PageHeading caption="Sign in, step 2 of 2">Enter the code from your authenticator app</PageHeading>
      <p className="mb-6">Open the authenticator app on your phone and enter the 6-digit code it shows for Golden Thread.</p>
      <CodeForm action={verifyCodeAction} field="code" label="Code" hint="For example, 123456" submitLabel="Continue" kind="totp" />
      <p className="mt-8">
        <Link href="/sign-in/recovery-code">I cannot use my authenticator app</Link>
      </p>
    </div>
  );
}
