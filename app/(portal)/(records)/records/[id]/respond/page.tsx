// Producing the response to a subject access request, once the officer has confirmed their
// password and a code (ASVS 7.5.3): it marks the request responded today.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { ProduceResponseForm } from "@/components/sar/produce-response-form";
import { PageHeading } from "@/components/ui/page-heading";
import { decideSarWork } from "@/lib/access/sar-policy";
import { requireActor } from "@/lib/auth/actor";
import { requireRecentAuthentication } from "@/lib/auth/reauthentication";
import { isUuid } from "@/lib/domain/uuid";
import { exportResponseAction } from "@/lib/sar/actions";

export const metadata: Metadata = { title: "Produce the response" };

export default async function ProduceResponsePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  if (!decideSarWork(actor).allowed || !isUuid(id)) notFound();
  await requireRecentAuthentication(actor, `/records/${id}/respond`);
  return (
    <>
      <BackLink href={`/records/${id}`}>Back to the request</BackLink>
      <PageHeading caption="Subject access request">Produce the response</PageHeading>
      <p className="mb-4 max-w-3xl">The response holds everything gathered about the person except the items you withheld, which it counts by reason.</p>
      <p className="mb-8 max-w-3xl">Producing it records the export and marks the request as responded today.</p>
      <ProduceResponseForm action={exportResponseAction.bind(null, id)} />
    </>
  );
}
