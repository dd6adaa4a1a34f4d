import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/auth/actor";
import { formatDate } from "@/lib/domain/london-time";
import { getMergeCandidates } from "@/lib/people/merge-view";

export const metadata: Metadata = { title: "Merge duplicate records" };

export default async function MergeCandidatesPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("cases.work");
  const { id } = await params;
  const found = await getMergeCandidates(actor, id);
  if (!found) notFound();
  return (
    <div className="max-w-3xl">
      <BackLink href={`/people/${id}`}>Back to {found.person.name}</BackLink>
      <PageHeading caption={found.person.name}>Merge duplicate records</PageHeading>
      <p className="mb-6">
        Records you may change with a similar name and the same date of birth ({formatDate(new Date(`${found.person.dateOfBirth}T00:00:00Z`))}), or the same NHS number. Choose one to compare it with this record before anything is merged.
      </p>
      {found.candidates.length === 0 ? (
        <p>No likely duplicates of this record were found.</p>
      ) : (
        <ul className="mb-8 space-y-3">
          {found.candidates.map((c) => (
            <li key={c.id} className="border-b border-border pb-2">
              <p className="font-bold">
                {c.name}, born {formatDate(c.dateOfBirth)}
                {c.postcode ? `, ${c.postcode}` : ""}
              </p>
              <p>{c.cases.length === 1 ? "1 case" : `${c.cases.length} cases`} you may see</p>
              <Link href={`/people/${id}/merge/${c.id}`}>
                Compare with this record<span className="sr-only"> ({c.name})</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
