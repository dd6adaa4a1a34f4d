import type { Metadata } from "next";
import { randomUUID } from "node:crypto";
import { LocalityForm } from "@/components/admin/geography/locality-form";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { saveLocalityAction } from "@/lib/admin/geography/actions";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Add a locality" };

export default async function NewLocalityPage() {
  await requireActor("admin.manage");
  return (
    <>
      <BackLink href="/admin/geography">Back to geography</BackLink>
      <PageHeading caption="Geography">Add a locality</PageHeading>
      <LocalityForm action={saveLocalityAction} mode="create" initial={{ id: randomUUID(), code: "", name: "" }} />
    </>
  );
}
