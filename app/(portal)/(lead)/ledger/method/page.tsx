// "How these figures are made": the method behind the ledger, open to everyone signed in.
import type { Metadata } from "next";
import { MethodSummary } from "@/components/ledger/method";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "How these figures are made" };

export default async function LedgerMethodPage() {
  await requireActor();
  return (
    <>
      <BackLink href="/ledger">Back to who invests and who saves</BackLink>
      <PageHeading caption="Who invests and who saves">How these figures are made</PageHeading>
      <MethodSummary />
    </>
  );
}
