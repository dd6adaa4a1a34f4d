import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { PageHeading } from "@/components/ui/page-heading";
import { signInAction } from "@/lib/auth/actions";
import { currentActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  if (await currentActor()) redirect("/");
  const params = await searchParams;
  const signedOut = params["signed-out"] !== undefined;
  const timedOut = params["timed-out"] !== undefined;
  return (
    <div className="max-w-xl">
      {signedOut && (
        <div role="status" className="mb-8 border-l-[5px] border-success bg-panel p-4">
          You have signed out.
        </div>
      )}
      {timedOut && !signedOut && (
        <div role="status" className="mb-8 border-l-[5px] border-brand bg-panel p-4">
          You have been signed out, because you were inactive for 30 minutes or your session was ended. Sign in again to carry on.
        </div>
      )}
      <PageHeading>Sign in to Golden Thread</PageHeading>
      <p className="mb-6">
        Use the email address your organisation registered for you. If you cannot sign in, ask your
        partnership admin.
      </p>
      <SignInForm action={signInAction} />
    </div>
  );
}
