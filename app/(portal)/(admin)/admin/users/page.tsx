import type { Metadata } from "next";
import { FilterForm } from "@/components/ui/filter-form";
import { UserTable } from "@/components/admin/users/user-table";
import { ButtonLink } from "@/components/ui/button-link";
import { ErrorSummary } from "@/components/ui/error-summary";
import { PageHeading } from "@/components/ui/page-heading";
import { searchText } from "@/lib/forms/search-text";
import { Pagination } from "@/components/ui/pagination";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import { organisationOptions } from "@/lib/admin/organisations/queries";
import { pageFrom } from "@/lib/domain/paging";
import { hrefWith, paramOf, type SearchParams } from "@/lib/domain/search-params";
import { listUsers } from "@/lib/admin/users/queries";
import { userFilterSchema } from "@/lib/admin/users/schemas";
import { requireActor } from "@/lib/auth/actor";
import { roleLabels } from "@/lib/auth/roles";

export const metadata: Metadata = { title: "Users" };

const roleOptions = Object.entries(roleLabels).map(([value, label]) => ({ value, label }));
const statusOptions = [
  { value: "active", label: "Active" },
  { value: "awaiting-password", label: "Awaiting password" },
  { value: "deactivated", label: "Deactivated" },
];

export default async function UsersPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("admin.manage");
  const params = await searchParams;
  const parsedFilters = userFilterSchema.parse({
    q: paramOf(params, "q"),
    organisation: paramOf(params, "organisation"),
    role: paramOf(params, "role"),
    status: paramOf(params, "status"),
  });
  const search = searchText(parsedFilters.q);
  const filters = { ...parsedFilters, q: search.text };
  const [list, organisations] = await Promise.all([listUsers(actor, filters, pageFrom(params.page)), organisationOptions(actor)]);
  const filtered = Boolean(filters.q || filters.organisation || filters.role || filters.status);
  return (
    <>
      <PageHeading caption="Partnership administration">Users</PageHeading>
      <p className="mb-6">
        <ButtonLink href="/admin/users/new" variant="primary">
          Add a user
        </ButtonLink>
      </p>
      <ErrorSummary items={search.error ? [{ fieldId: "q", message: search.error }] : []} />
      <FilterForm label="Filter users" clearHref="/admin/users" filtered={filtered}>
        <TextField id="q" name="q" label="Name or email contains" defaultValue={search.error ? parsedFilters.q : filters.q} error={search.error} widthClass="w-72" />
        <SelectField
          id="organisation"
          name="organisation"
          label="Organisation"
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          placeholder="Any organisation"
          defaultValue={filters.organisation}
        />
        <SelectField id="role" name="role" label="Role" options={roleOptions} placeholder="Any role" defaultValue={filters.role} />
        <SelectField id="status" name="status" label="Status" options={statusOptions} placeholder="Any status" defaultValue={filters.status} />
      </FilterForm>
      <UserTable caption={`Users (${list.total})`} users={list.rows} />
      {list.total === 0 && <p className="mb-8">No users match these filters.</p>}
      <Pagination
        page={list.page}
        pageCount={list.pageCount}
        hrefFor={(page) =>
          hrefWith("/admin/users", { q: filters.q, organisation: filters.organisation, role: filters.role, status: filters.status }, { page: String(page) })
        }
      />
    </>
  );
}
