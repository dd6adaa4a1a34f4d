import type { Metadata } from "next";
import Link from "next/link";
import { DoneBanner } from "@/components/admin/done-banner";
import { OrganisationStatusTag } from "@/components/admin/status-tags";
import { FilterForm } from "@/components/ui/filter-form";
import { ButtonLink } from "@/components/ui/button-link";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { searchText } from "@/lib/forms/search-text";
import { Pagination } from "@/components/ui/pagination";
import { SelectField } from "@/components/ui/select-field";
import { Table, Td, Th } from "@/components/ui/table";
import { TextField } from "@/components/ui/text-field";
import { listOrganisations } from "@/lib/admin/organisations/queries";
import { organisationFilterSchema } from "@/lib/admin/organisations/schemas";
import { pageFrom } from "@/lib/domain/paging";
import { hrefWith, paramOf, type SearchParams } from "@/lib/domain/search-params";
import { requireActor } from "@/lib/auth/actor";
import { formatDate } from "@/lib/domain/london-time";
import { organisationStatusLabels, organisationTypeLabels } from "@/lib/domain/labels";

export const metadata: Metadata = { title: "Organisations" };

const typeOptions = Object.entries(organisationTypeLabels).map(([value, label]) => ({ value, label }));
const statusOptions = Object.entries(organisationStatusLabels).map(([value, label]) => ({ value, label }));

export default async function OrganisationsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("admin.manage");
  const params = await searchParams;
  const parsedFilters = organisationFilterSchema.parse({ q: paramOf(params, "q"), type: paramOf(params, "type"), status: paramOf(params, "status") });
  const search = searchText(parsedFilters.q);
  const filters = { ...parsedFilters, q: search.text };
  const list = await listOrganisations(actor, filters, pageFrom(params.page));
  const filtered = Boolean(filters.q || filters.type || filters.status);
  return (
    <>
      <DoneBanner done={paramOf(params, "done")} messages={{ imported: "The organisations have been imported" }} />
      <PageHeading caption="Partnership administration">Organisations</PageHeading>
      <p className="mb-6">
        <ButtonLink href="/admin/organisations/new" variant="primary">
          Invite an organisation
        </ButtonLink>
      </p>
      <ErrorSummary items={search.error ? [{ fieldId: "q", message: search.error }] : []} />
      <FilterForm label="Filter organisations" clearHref="/admin/organisations" filtered={filtered}>
        <TextField id="q" name="q" label="Name contains" defaultValue={search.error ? parsedFilters.q : filters.q} error={search.error} widthClass="w-72" />
        <SelectField id="type" name="type" label="Type" options={typeOptions} placeholder="Any type" defaultValue={filters.type} />
        <SelectField id="status" name="status" label="Status" options={statusOptions} placeholder="Any status" defaultValue={filters.status} />
      </FilterForm>
      <Table caption={`Member organisations (${list.total})`}>
        <thead>
          <tr>
            <Th scope="col">Name</Th>
            <Th scope="col">Type</Th>
            <Th scope="col">Status</Th>
            <Th scope="col">Joined</Th>
            <Th scope="col" className="text-right">
              Users
            </Th>
          </tr>
        </thead>
        <tbody>
          {list.rows.map((o) => (
            <tr key={o.id}>
              <Th scope="row" className="align-top! font-normal">
                <Link href={`/admin/organisations/${o.id}`}>{o.name}</Link>
              </Th>
              <Td>{organisationTypeLabels[o.type]}</Td>
              <Td>
                <OrganisationStatusTag status={o.status} />
              </Td>
              <Td className="whitespace-nowrap">{o.joinedOn ? formatDate(o.joinedOn) : "Not yet"}</Td>
              <Td className="text-right">{o.userCount}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {list.total === 0 && <p className="mb-8">No organisations match these filters.</p>}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(page) => hrefWith("/admin/organisations", { q: filters.q, type: filters.type, status: filters.status }, { page: String(page) })}
      />
    </>
  );
}
