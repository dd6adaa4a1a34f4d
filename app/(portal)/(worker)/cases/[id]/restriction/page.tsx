import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { RestrictionForm } from "@/components/cases/restricted-forms";
import { BackLink } from "@/components/ui/back-link";
import { requireActor } from "@/lib/auth/actor";
import { getCaseForView } from "@/lib/cases/case-view";
import { restrictCaseAction } from "@/lib/cases/restricted-actions";

export const metadata: Metadata = { title: "Restricted record" };

export default async function RestrictionPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("cases.work");
  const { id } = await params;
  const record = await getCaseForView(actor, id);
  if (!record || !record.permissions.markRestricted) notFound();
  const restricted = record.restriction.restricted !== null;
  return (
    <div className="max-w-3xl">
      <BackLink href={`/cases/${id}`}>Back to the case</BackLink>
      <p className="mb-1 text-xl text-secondary-ink">{record.reference}</p>
      <h1 className="mb-6 text-4xl font-bold">{restricted ? "Remove restriction" : "Restrict this record"}</h1>
      <p className="mb-6">
        {restricted
          ? "Once the restriction is removed, the co-located team, supervisors and anyone their organisation gives wider access see the case again, and the person can be found in search."
          : "A restricted record is seen only by the people on the case (lead professional and named workers). Others who would see it are shown “Restricted record” and may ask for access or use break-glass access, which is flagged to you."}
      </p>
      <RestrictionForm action={restrictCaseAction.bind(null, id)} restricted={restricted} />
    </div>
  );
}
