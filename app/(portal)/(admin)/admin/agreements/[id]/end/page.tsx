import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { EndAgreementForm } from "@/components/admin/agreements/end-agreement-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Td, Th } from "@/components/ui/table";
import { WarningText } from "@/components/ui/warning-text";
import { endAgreementAction } from "@/lib/admin/agreements/actions";
import { agreementEndingImpact } from "@/lib/admin/agreements/ending-impact-query";
import { getAgreement } from "@/lib/admin/agreements/queries";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "End an agreement" };

export default async function EndAgreementPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("admin.manage");
  const agreement = await getAgreement(actor, (await params).id);
  if (!agreement || agreement.storedStatus === "ENDED") notFound();
  const impact = await agreementEndingImpact(actor, agreement.id);
  const losing = impact.filter((p) => p.noLongerVisible > 0);
  const total = losing.reduce((sum, p) => sum + p.noLongerVisible, 0);
  return (
    <>
      <BackLink href={`/admin/agreements/${agreement.id}`}>Back to {agreement.reference}</BackLink>
      <PageHeading caption={agreement.reference}>End {agreement.title}?</PageHeading>
      {total > 0 ? (
        <WarningText>
          {losing.length} {losing.length === 1 ? "organisation" : "organisations"} would stop seeing shared cases they see today:{" "}
          {total.toLocaleString("en-GB")} in all, a case counted once for each organisation that loses it.
        </WarningText>
      ) : (
        <p className="mb-6">No organisation would lose sight of any shared case: no case is shared only under this agreement.</p>
      )}
      <Table caption="Shared cases each party would stop seeing">
        <thead>
          <tr>
            <Th scope="col">Organisation</Th>
            <Th scope="col" className="text-right">
              Cases it sees now
            </Th>
            <Th scope="col" className="text-right">
              Would stop seeing
            </Th>
          </tr>
        </thead>
        <tbody>
          {impact.map((p) => (
            <tr key={p.organisationId}>
              <Th scope="row" className="align-top! font-normal">
                {p.organisationName}
              </Th>
              <Td className="text-right">{p.visibleNow.toLocaleString("en-GB")}</Td>
              <Td className="text-right font-bold">{p.noLongerVisible.toLocaleString("en-GB")}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      <p className="mb-6 max-w-3xl text-secondary-ink">
        Counts only, worked out with the same access rules the portal applies. A lead organisation always keeps its own cases.
      </p>
      <EndAgreementForm action={endAgreementAction} agreementId={agreement.id} />
    </>
  );
}
