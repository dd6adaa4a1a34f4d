import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AgreementForm } from "@/components/admin/agreements/agreement-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { updateAgreementAction } from "@/lib/admin/agreements/actions";
import { agreementFormOptions, getAgreement } from "@/lib/admin/agreements/queries";
import { requireActor } from "@/lib/auth/actor";
import { datePartsOf } from "@/lib/forms/date-parts";

export const metadata: Metadata = { title: "Change an agreement" };

const blank = { day: "", month: "", year: "" };

export default async function EditAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("admin.manage");
  const agreement = await getAgreement(actor, (await params).id);
  if (!agreement || agreement.storedStatus === "ENDED") notFound();
  const options = await agreementFormOptions(actor, agreement.partyList.map((p) => p.id));
  return (
    <>
      <BackLink href={`/admin/agreements/${agreement.id}`}>Back to {agreement.reference}</BackLink>
      <PageHeading caption={agreement.reference}>Change {agreement.title}</PageHeading>
      <AgreementForm
        action={updateAgreementAction}
        initial={{
          id: agreement.id,
          title: agreement.title,
          purpose: agreement.purpose,
          lawfulBasis: agreement.lawfulBasis,
          status: agreement.storedStatus,
          partyIds: agreement.partyList.map((p) => p.id),
          themeIds: agreement.themeList.map((t) => t.id),
          startsOn: datePartsOf(agreement.startsOn) ?? blank,
          endsOn: datePartsOf(agreement.endsOn) ?? blank,
          reviewOn: datePartsOf(agreement.reviewOn) ?? blank,
          updatedAt: agreement.updatedAt.toISOString(),
        }}
        options={options}
        canBeDraft={agreement.storedStatus === "DRAFT"}
        submitLabel="Save changes"
      />
    </>
  );
}
