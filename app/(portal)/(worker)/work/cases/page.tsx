import type { Metadata } from "next";
import { OpenCasesTable } from "@/components/work/open-cases-table";
import { BackLink } from "@/components/ui/back-link";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { SelectField } from "@/components/ui/select-field";
import { requireActor } from "@/lib/auth/actor";
import { listMyOpenCases } from "@/lib/cases/my-work/my-open-cases";
import { caseListSchema, caseSortLabels, listPageSize } from "@/lib/cases/my-work/work-lists";
import { pageFrom } from "@/lib/domain/paging";
import { hrefWith, paramOf, type SearchParams } from "@/lib/domain/search-params";

export const metadata: Metadata = { title: "Cases you lead" };

export default async function MyCasesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("cases.work");
  const params = await searchParams;
  const filters = caseListSchema.parse({ sort: paramOf(params, "sort") });
  const list = await listMyOpenCases(actor, filters, { page: pageFrom(params.page), pageSize: listPageSize });
  const query = { sort: filters.sort === "next-action" ? "" : filters.sort };
  return (
    <>
      <BackLink href="/work">My work</BackLink>
      <PageHeading caption={actor.organisation.name}>Cases you lead</PageHeading>
      <FilterForm label="Sort cases" clearHref="/work/cases" filtered={filters.sort !== "next-action"}>
        <SelectField
          id="sort"
          name="sort"
          label="Sort by"
          options={Object.entries(caseSortLabels).map(([value, label]) => ({ value, label }))}
          defaultValue={filters.sort}
        />
      </FilterForm>
      {list.total === 0 ? (
        <p className="mb-8">You are not lead professional of any open case.</p>
      ) : (
        <OpenCasesTable caption={`${list.total} open case${list.total === 1 ? "" : "s"} — page ${list.page} of ${list.pageCount}`} cases={list.rows} />
      )}
      <Pagination page={list.page} pageCount={list.pageCount} label="Pages of cases" hrefFor={(page) => hrefWith("/work/cases", query, { page: String(page) })} />
    </>
  );
}
