import type { Metadata } from "next";
import { AccessCheckForm } from "@/components/admin/access-check-form";
import { PageHeading } from "@/components/ui/page-heading";
import { checkAccessAction } from "@/lib/admin/access-check/actions";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Access checker" };

export default async function AccessCheckPage() {
  await requireActor("admin.manage");
  return (
    <>
      <PageHeading caption="Partnership administration">Access checker</PageHeading>
      <p className="mb-6 max-w-3xl">
        Find out whether a user may see or work on a shared case, and why, as the portal&apos;s access rules decide it. You see the
        decision and its reasons, never the case itself. Each check is recorded in the audit trail, against the case.
      </p>
      <AccessCheckForm action={checkAccessAction} />
    </>
  );
}
