import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HouseholdCasesTable } from "@/components/people/household-cases-table";
import { HouseholdMembersTable } from "@/components/people/household-members-table";
import { requireActor } from "@/lib/auth/actor";
import { getHouseholdForView } from "@/lib/people/household-view";

// No addresses in titles or URLs.
export const metadata: Metadata = { title: "Household" };

export default async function HouseholdPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const household = await getHouseholdForView(actor, id);
  if (!household) notFound();
  return (
    <>
      <div className="mb-8">
        <p className="mb-1 text-xl text-secondary-ink">Household</p>
        <h1 className="text-4xl font-bold">{[household.addressLine1, household.addressLine2, household.town].filter(Boolean).join(", ")}</h1>
        <p className="mt-2 text-xl">{household.postcode}</p>
      </div>
      <p className="mb-6 max-w-3xl">
        People join or leave a household from their own page. Only the members and cases shared with your organisation are shown.
      </p>
      <HouseholdMembersTable members={household.members} />
      <HouseholdCasesTable cases={household.cases} />
    </>
  );
}
