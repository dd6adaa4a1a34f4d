// The subject access register of the officer's organisation: due dates, days left, overdue flags.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { daysLeftText, SarStatusTags } from "@/components/sar/sar-status-tag";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { requireActor } from "@/lib/auth/actor";
import { formatDate } from "@/lib/domain/london-time";
import { pageFrom } from "@/lib/domain/paging";
import type { SearchParams } from "@/lib/domain/search-params";
import { sarRegister } from "@/lib/sar/queries";

export const metadata: Metadata = { title: "Subject access requests" };

export default async function SubjectAccessRegisterPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor();
  const register = await sarRegister(actor, pageFrom((await searchParams).page));
  if (!register) notFound();
  return (
    <>
      <PageHeading caption={actor.organisation.name}>Subject access requests</PageHeading>
      <p className="mb-6 max-w-3xl">
        A person may ask to see everything the partnership holds about them. The response is due one calendar month after the request is received, and may be extended by up to two further months.
      </p>
      <p className="mb-8">
        <ButtonLink href="/records/new" variant="primary">
          Log a request
        </ButtonLink>
      </p>
      {register.total === 0 ? (
        <p className="mb-8">No requests have been logged yet.</p>
      ) : (
        <>
          <Table caption={`Requests (${register.total.toLocaleString("en-GB")})`}>
            <thead>
              <tr>
                <Th scope="col">Person</Th>
                <Th scope="col">Received</Th>
                <Th scope="col">Due</Th>
                <Th scope="col">Days left</Th>
                <Th scope="col">Status</Th>
              </tr>
            </thead>
            <tbody>
              {register.rows.map((r) => (
                <tr key={r.id}>
                  <Td>
                    <Link href={`/records/${r.id}`}>{r.personName}</Link>
                  </Td>
                  <Td>{formatDate(r.receivedOn)}</Td>
                  <Td>
                    {formatDate(r.dueOn)}
                    {r.extended && <span className="block text-secondary-ink">extended</span>}
                  </Td>
                  <Td>{r.status === "OPEN" ? daysLeftText(r.daysLeft, r.status) : r.respondedOn ? `Responded ${formatDate(r.respondedOn)}` : "—"}</Td>
                  <Td>
                    <SarStatusTags status={r.status} overdue={r.overdue} />
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
          <Pagination page={register.page} pageCount={register.pageCount} hrefFor={(page) => `/records?page=${page}`} label="Pages of requests" />
        </>
      )}
    </>
  );
}
