import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PersonDetailsForm } from "@/components/people/person-details-form";
import { BackLink } from "@/components/ui/back-link";
import { requireActor } from "@/lib/auth/actor";
import { getPersonForEdit } from "@/lib/people/person-for-edit";
import { updatePersonDetailsAction } from "@/lib/people/person-record-actions";

export const metadata: Metadata = { title: "Change a person's details" };

export default async function EditPersonPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor("cases.work");
  const { id } = await params;
  const person = await getPersonForEdit(actor, id);
  if (!person) notFound();
  return (
    <div className="max-w-3xl">
      <BackLink href={`/people/${id}`}>Back to the person</BackLink>
      <p className="mb-1 text-xl text-secondary-ink">{person.name}</p>
      <h1 className="mb-8 text-4xl font-bold">Change details</h1>
      <PersonDetailsForm action={updatePersonDetailsAction.bind(null, id)} current={person.values} />
    </div>
  );
}
