import type { Metadata } from "next";
import Link from "next/link";
import { PersonSearch } from "@/components/cases/person-search";
import { PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/auth/actor";
import { searchPeopleAction } from "@/lib/people/actions";

export const metadata: Metadata = { title: "Find a person" };

export default async function FindPersonPage() {
  await requireActor("cases.work");
  return (
    <>
      <PageHeading>Find a person</PageHeading>
      <PersonSearch action={searchPeopleAction} />
      <p className="mt-8">
        <Link href="/people/link-requests">Requests to link records</Link>
      </p>
    </>
  );
}
