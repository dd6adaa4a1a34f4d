import type { Metadata } from "next";
import { ReferralInbox } from "@/components/work/referral-inbox";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/actor";
import { listReferralInbox } from "@/lib/cases/my-work/referral-inbox";
import { listPageSize } from "@/lib/cases/my-work/work-lists";
import { pageFrom } from "@/lib/domain/paging";
import type { SearchParams } from "@/lib/domain/search-params";

export const metadata: Metadata = { title: "Referrals waiting" };

export default async function ReferralInboxPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("cases.work");
  const params = await searchParams;
  const inbox = await listReferralInbox(actor, { page: pageFrom(params.page), pageSize: listPageSize });
  return (
    <>
      <BackLink href="/work">My work</BackLink>
      <PageHeading caption={actor.organisation.name}>Referrals waiting for your organisation</PageHeading>
      <p className="mb-6">Most urgent first, then the longest waiting.</p>
      <ReferralInbox referrals={inbox.rows} total={inbox.total} />
      <Pagination page={inbox.page} pageCount={inbox.pageCount} label="Pages of referrals" hrefFor={(page) => `/work/referrals?page=${page}`} />
    </>
  );
}
