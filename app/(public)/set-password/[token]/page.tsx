import type { Metadata } from "next";
import { SetPasswordForm } from "@/components/admin/set-password-form";
import { PageHeading } from "@/components/ui/page-heading";
import { setPasswordAction } from "@/lib/admin/set-password/actions";
import { findPasswordLink, linkNotWorking } from "@/lib/admin/set-password/password-link";

export const metadata: Metadata = { title: "Choose your password", robots: { index: false } };

export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const person = await findPasswordLink(token);
  return (
    <div className="max-w-xl">
      <PageHeading>Choose your password</PageHeading>
      {person ? (
        <>
          <p className="mb-6">
            Hello {person.name}. Choose the password you will use to sign in to Golden Thread as{" "}
            <span className="font-bold break-all">{person.email}</span>.
          </p>
          <SetPasswordForm action={setPasswordAction} token={token} email={person.email} />
        </>
      ) : (
        <p>{linkNotWorking}</p>
      )}
    </div>
  );
}
