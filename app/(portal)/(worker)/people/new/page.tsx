import { randomUUID } from "node:crypto";
import type { Metadata } from "next";
import { PersonForm } from "@/components/cases/person-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/auth/actor";
import { createPersonAction } from "@/lib/people/actions";
import { sendLinkRequestAction } from "@/lib/people/merge-actions";

export const metadata: Metadata = { title: "Record a new person" };

export default async function NewPersonPage() {
  await requireActor("cases.work");
  return (
    <div className="max-w-3xl">
      <BackLink href="/people">Back to search</BackLink>
      <PageHeading caption="Step 1 of 2">Record a new person</PageHeading>
      <PersonForm action={createPersonAction} requestId={randomUUID()} linkRequest={{ action: sendLinkRequestAction, requestIds: [randomUUID(), randomUUID(), randomUUID()] }} />
    </div>
  );
}
