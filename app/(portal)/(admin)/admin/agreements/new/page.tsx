import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { AgreementForm } from "@/components/admin/agreements/agreement-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { createAgreementAction } from "@/lib/admin/agreements/actions";
import { agreementFormOptions } from "@/lib/admin/agreements/queries";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Draft an agreement" };

const blank = { day: "", month: "", year: "" };

export default async function NewAgreementPage() {
  const actor = await requireActor("admin.manage");
  const options = await agreementFormOptions(actor);
  return (
    <>
      <BackLink href="/admin/agreements">Back to agreements</BackLink>
      <PageHeading caption="Information-sharing agreements">Draft an agreement</PageHeading>
      <AgreementForm
        action={createAgreementAction}
        initial={{
          id: randomUUID(),
          title: "",
          purpose: "",
          lawfulBasis: "",
          status: "DRAFT",
          partyIds: [],
          themeIds: [],
          startsOn: blank,
          endsOn: blank,
          reviewOn: blank,
        }}
        options={options}
        canBeDraft
        submitLabel="Save agreement"
      />
    </>
  );
}
