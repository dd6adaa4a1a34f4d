import type { Metadata } from "next";
import Link from "next/link";
import { ErrorSummary } from "@/components/ui/error-summary";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { Table, Td, Th } from "@/components/ui/table";
import { TextField } from "@/components/ui/text-field";
import { requireActor } from "@/lib/auth/actor";
import { referralUrgencyLabels } from "@/lib/domain/labels";
import { formatDate } from "@/lib/domain/london-time";
import { referralResponseDays } from "@/lib/domain/referral-deadlines";
import { getSupervisorCaseload } from "@/lib/supervision/caseload";
import { caseloadQuerySchema, defaultNoContactDays } from "@/lib/supervision/schemas";

export const metadata: Metadata = { title: "Caseload" };

export default async function SupervisionPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor("cases.supervise");
  const query = await searchParams;
  const typed = query.days ?? String(defaultNoContactDays);
  const parsed = caseloadQuerySchema.safeParse({ days: typed, page: query.page ?? "1" });
  const daysError = parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === "days")?.message;
  const noContactDays = parsed.success ? parsed.data.days : defaultNoContactDays;
  const page = parsed.success ? parsed.data.page : 1;
  const caseload = await getSupervisorCaseload(actor, { noContactDays, page });
  const deadlines = Object.entries(referralResponseDays)
    .map(([urgency, days]) => `${referralUrgencyLabels[urgency as keyof typeof referralUrgencyLabels].toLowerCase()} ${days} day${days === 1 ? "" : "s"}`)
    .join(", ");
  return (
    <>
      <PageHeading caption="Supervision">Caseload of the teams you supervise</PageHeading>
      {daysError && <ErrorSummary items={[{ fieldId: "days", message: daysError }]} />}
      <FilterForm label="Caseload options" clearHref="/supervision" filtered={query.days !== undefined}>
        <TextField id="days" name="days" label="No contact for how many days" hint={`From 1 to 365; ${defaultNoContactDays} if left as it is`} inputMode="numeric" widthClass="w-24" defaultValue={typed} error={daysError} />
      </FilterForm>

      <Table caption="Open cases per worker">
        <thead>
          <tr>
            <Th>Worker</Th>
            <Th>Organisation</Th>
            <Th className="text-right">Open cases they lead</Th>
            <Th className="text-right">Overdue actions</Th>
            <Th className="text-right">No contact for {noContactDays} days</Th>
          </tr>
        </thead>
        <tbody>
          {caseload.workers.map((w) => (
            <tr key={w.id}>
              <Td>{w.name}</Td>
              <Td>{w.organisation}</Td>
              <Td className="text-right">{w.openCases}</Td>
              <Td className="text-right">{w.overdueActions}</Td>
              <Td className="text-right">{w.noContact}</Td>
            </tr>
          ))}
        </tbody>
      </Table>

      <h2 className="mb-2 mt-10 text-2xl font-bold">No contact for {noContactDays} days ({caseload.noContact.total})</h2>
      <p className="mb-4 text-secondary-ink">Open cases with no note or contact since then, longest open first.</p>
      {caseload.noContact.rows.length > 0 && (
        <Table caption={<span className="sr-only">Cases with no contact for {noContactDays} days</span>}>
          <thead>
            <tr>
              <Th>Case</Th>
              <Th>Lead professional</Th>
              <Th>Opened</Th>
              <Th>Last contact</Th>
            </tr>
          </thead>
          <tbody>
            {caseload.noContact.rows.map((c) => (
              <tr key={c.id}>
                <Td><Link href={`/cases/${c.id}`}>{c.reference}</Link></Td>
                <Td>{c.lead}</Td>
                <Td>{formatDate(c.openedAt)}</Td>
                <Td>{c.lastContactAt ? formatDate(c.lastContactAt) : "None"}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Pagination page={caseload.noContact.page} pageCount={caseload.noContact.pageCount} hrefFor={(p) => `/supervision?days=${noContactDays}&page=${p}`} label="Pages of cases with no contact" />

      <h2 className="mb-2 mt-10 text-2xl font-bold">Overdue actions ({caseload.overdueActions.total})</h2>
      <p className="mb-4 text-secondary-ink">Oldest due first; the first {caseload.overdueActions.rows.length} shown.</p>
      {caseload.overdueActions.rows.length > 0 && (
        <Table caption={<span className="sr-only">Overdue actions</span>}>
          <thead>
            <tr>
              <Th>Case</Th>
              <Th>Action</Th>
              <Th>For</Th>
              <Th>Due</Th>
            </tr>
          </thead>
          <tbody>
            {caseload.overdueActions.rows.map((a) => (
              <tr key={a.id}>
                <Td><Link href={`/cases/${a.case.id}`}>{a.case.reference}</Link></Td>
                <Td>{a.description}</Td>
                <Td>{a.assignee}</Td>
                <Td>{formatDate(a.dueOn)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}

      <h2 className="mb-2 mt-10 text-2xl font-bold">Referrals unanswered past their deadline ({caseload.lateReferrals.total})</h2>
      <p className="mb-4 text-secondary-ink">Response deadlines by urgency: {deadlines}.</p>
      {caseload.lateReferrals.rows.length > 0 && (
        <Table caption={<span className="sr-only">Referrals unanswered past their deadline</span>}>
          <thead>
            <tr>
              <Th>Case</Th>
              <Th>Sent to</Th>
              <Th>Urgency</Th>
              <Th>Sent</Th>
            </tr>
          </thead>
          <tbody>
            {caseload.lateReferrals.rows.map((r) => (
              <tr key={r.id}>
                <Td><Link href={`/cases/${r.case.id}`}>{r.case.reference}</Link></Td>
                <Td>{r.to}</Td>
                <Td>{referralUrgencyLabels[r.urgency]}</Td>
                <Td>{formatDate(r.sentAt)}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
