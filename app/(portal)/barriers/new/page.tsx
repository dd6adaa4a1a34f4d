// Raise a barrier: from the barriers pages, a neighbourhood's dashboard (?neighbourhood=) or a
// case (?case=, which pre-fills the case reference and its neighbourhood).
import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { RaiseBarrierForm } from "@/components/barriers/raise-barrier-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireBarrierReader } from "@/lib/barriers/require-barrier-reader";
import { raiseBarrierAction } from "@/lib/barriers/actions";
import { raiseFormContext } from "@/lib/barriers/raise-form-context";

export const metadata: Metadata = { title: "Raise a barrier" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function RaiseBarrierPage({ searchParams }: Props) {
  const actor = await requireBarrierReader();
  const query = await searchParams;
  const context = await raiseFormContext(actor, { caseId: one(query.case), neighbourhoodId: one(query.neighbourhood), localityId: one(query.locality) });
  return (
    <div className="max-w-3xl">
      <BackLink href={context.fromCase ? `/cases/${context.fromCase.id}` : "/barriers"}>{context.fromCase ? "Back to the case" : "Back to barriers"}</BackLink>
      <PageHeading caption={context.fromCase ? `Met on case ${context.fromCase.reference}` : "Tackling barriers"}>Raise a barrier</PageHeading>
      {context.allowed ? (
        <>
          <p className="mb-4 text-xl">
            A barrier is a rule, system, budget or way of working that stops services working together for people. Someone
            responsible in the neighbourhood will accept it, act on it, or take it to the locality and the partnership board.
          </p>
          <p className="mb-8">Everyone in the partnership can read barriers, so describe the system, not the person.</p>
          <RaiseBarrierForm action={raiseBarrierAction} requestId={randomUUID()} places={context.places} organisations={context.organisations} initial={context.initial} />
        </>
      ) : (
        <div className="border-l-[10px] border-[#f47738] bg-panel p-4">
          <p className="font-bold">You cannot raise barriers.</p>
          <p>Frontline workers and locality leads raise barriers. You can read every barrier and follow what happens to it.</p>
        </div>
      )}
    </div>
  );
}
