import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "No role yet" };

export default async function NoRolePage() {
  await requireActor();
  return (
    <>
      <PageHeading>You do not have a role yet</PageHeading>
      <p>Ask your partnership admin to give you a role in Golden Thread.</p>
    </>
  );
}
