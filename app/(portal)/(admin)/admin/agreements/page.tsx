import type { Metadata } from "next";
import { AgreementTable } from "@/components/admin/agreements/agreement-table";
import { FilterForm } from "@/components/ui/filter-form";
import { ButtonLink } from "@/components/ui/button-link";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { searchText } from "@/lib/forms/search-text";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { expiringWithinDays } from "@/lib/admin/agreements/agreement-status";
import { agreementsExpiringSoon, listAgreements } from "@/lib/admin/agreements/queries";
import { agreementFilterSchema } from "@/lib/admin/agreements/schemas";
import { agreementStatusLabels } from "@/lib/admin/labels";
import { paramOf, type SearchParams } from "@/lib/domain/search-params";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Sharing agreements" };

const statusOptions = Object.entries(agreementStatusLabels).map(([value, label]) => ({ value, label }));

export default async function AgreementsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("admin.manage");
  const params = await searchParams;
  const parsedFilters = agreementFilterSchema.parse({ q: paramOf(params, "q"), status: paramOf(params, "status") });
  const search = searchText(parsedFilters.q);
  const filters = { ...parsedFilters, q: search.text };
  const [agreements, expiring] = await Promise.all([listAgreements(actor, filters), agreementsExpiringSoon(actor)]);
  return (
    <>
      <PageHeading caption="Partnership administration">Information-sharing agreements</PageHeading>
      <p className="mb-6 max-w-3xl">
        An organisation sees a shared case only when it is involved in it and an agreement in force covers it, the lead organisation
        and every theme of the case.
      </p>
      <p className="mb-8">
        <ButtonLink href="/admin/agreements/new" variant="primary">
          Draft an agreement
        </ButtonLink>
      </p>
      {expiring.length > 0 ? (
        <AgreementTable caption={`Expiring in the next ${expiringWithinDays} days (${expiring.length})`} agreements={expiring} />
      ) : (
        <p className="mb-8">No agreement in force expires in the next {expiringWithinDays} days.</p>
      )}
      <ErrorSummary items={search.error ? [{ fieldId: "q", message: search.error }] : []} />
      <FilterForm label="Filter agreements" clearHref="/admin/agreements" filtered={Boolean(filters.q || filters.status)}>
        <TextField id="q" name="q" label="Title or reference contains" defaultValue={search.error ? parsedFilters.q : filters.q} error={search.error} widthClass="w-72" />
        <SelectField id="status" name="status" label="Status" options={statusOptions} placeholder="Any status" defaultValue={filters.status} />
      </FilterForm>
      <AgreementTable caption={`All agreements (${agreements.length})`} agreements={agreements} />
      {agreements.length === 0 && <p>No agreements match these filters.</p>}
    </>
  );
}
