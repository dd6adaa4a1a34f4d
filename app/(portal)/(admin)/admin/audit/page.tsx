import type { Metadata } from "next";
import Link from "next/link";
import { AuditFilterForm } from "@/components/admin/audit/audit-filter-form";
import { AuditTable } from "@/components/admin/audit/audit-table";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { auditExportLimit } from "@/lib/admin/audit/export-audit";
import { auditFilterValues, auditQueryString, parseAuditFilters } from "@/lib/admin/audit/filters";
import { auditFilterChoices, listAuditEvents } from "@/lib/admin/audit/queries";
import { organisationOptions } from "@/lib/admin/organisations/queries";
import { pageFrom } from "@/lib/domain/paging";
import type { SearchParams } from "@/lib/domain/search-params";
import { requireActor } from "@/lib/auth/actor";
import { formFeedback } from "@/lib/forms/form-feedback";

export const metadata: Metadata = { title: "Audit trail" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("audit.read");
  const params = await searchParams;
  const values = auditFilterValues(params);
  const parsed = parseAuditFilters(values);
  const [choices, organisations, list] = await Promise.all([
    auditFilterChoices(actor),
    organisationOptions(actor),
    parsed.ok ? listAuditEvents(actor, parsed.filters, pageFrom(params.page)) : null,
  ]);
  const fieldErrors = parsed.ok ? {} : parsed.fieldErrors;
  return (
    <>
      <PageHeading caption="Partnership administration">Audit trail</PageHeading>
      <p className="mb-6 max-w-3xl">
        Every read and change of case data and every admin change, newest first. Nobody can edit or delete it. Cases are shown by
        reference only.
      </p>
      <ErrorSummary items={formFeedback(parsed.ok ? null : { ok: false, fieldErrors, values: null }, ["from", "to"]).summary} />
      <AuditFilterForm
        values={values}
        errors={fieldErrors}
        actions={choices.actions}
        recordTypes={choices.recordTypes}
        organisations={organisations.map((o) => ({ value: o.id, label: o.name }))}
      />
      {list && (
        <>
          <p className="mb-6">
            {list.total <= auditExportLimit ? (
              <a href={`/api/admin/audit/export?${auditQueryString(values)}`} download>
                Download these {list.total.toLocaleString("en-GB")} events as CSV
              </a>
            ) : (
              <>
                These filters match {list.total.toLocaleString("en-GB")} events: narrow them to {auditExportLimit.toLocaleString("en-GB")} or
                fewer to download them as CSV.
              </>
            )}
          </p>
          <AuditTable caption={`Audit events (${list.total.toLocaleString("en-GB")})`} rows={list.rows} />
          {list.total === 0 && <p className="mb-8">No events match these filters.</p>}
          <Pagination
            page={list.page}
            pageCount={list.pageCount}
            hrefFor={(page) => `/admin/audit?${auditQueryString(values, { page: String(page) })}`}
          />
        </>
      )}
      <p>
        <Link href="/admin/access-check">Check what a user may do with a case</Link>
      </p>
    </>
  );
}
