import type { Metadata } from "next";
import { ActionsTable } from "@/components/work/actions-table";
import { BackLink } from "@/components/ui/back-link";
import { FilterForm } from "@/components/ui/filter-form";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { SelectField } from "@/components/ui/select-field";
import { requireActor } from "@/lib/auth/actor";
import { listMyActions } from "@/lib/cases/my-work/my-actions";
import { actionDueLabels, actionForLabels, actionListSchema, actionSortLabels, listPageSize } from "@/lib/cases/my-work/work-lists";
import { pageFrom } from "@/lib/domain/paging";
import { hrefWith, paramOf, type SearchParams } from "@/lib/domain/search-params";

export const metadata: Metadata = { title: "Actions for you or your organisation" };

const optionsOf = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

export default async function MyActionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("cases.work");
  const params = await searchParams;
  const filters = actionListSchema.parse({ due: paramOf(params, "due"), for: paramOf(params, "for"), sort: paramOf(params, "sort") });
  const list = await listMyActions(actor, filters, { page: pageFrom(params.page), pageSize: listPageSize });
  const query = { due: filters.due === "all" ? "" : filters.due, for: filters.for === "all" ? "" : filters.for, sort: filters.sort === "due" ? "" : filters.sort };
  const filtered = filters.due !== "all" || filters.for !== "all";
  return (
    <>
      <BackLink href="/work">My work</BackLink>
      <PageHeading caption={actor.organisation.name}>Actions for you or your organisation</PageHeading>
      <FilterForm label="Filter actions" clearHref="/work/actions" filtered={filtered || filters.sort !== "due"}>
        <SelectField id="due" name="due" label="Due" options={optionsOf(actionDueLabels)} defaultValue={filters.due} />
        <SelectField id="for" name="for" label="For" options={optionsOf(actionForLabels)} defaultValue={filters.for} />
        <SelectField id="sort" name="sort" label="Sort by" options={optionsOf(actionSortLabels)} defaultValue={filters.sort} />
      </FilterForm>
      {list.total === 0 ? (
        <p className="mb-8">{filtered ? "No open actions match these filters." : "No open actions for you or your organisation."}</p>
      ) : (
        <ActionsTable
          caption={`${list.total} action${list.total === 1 ? "" : "s"}${list.overdue ? `, ${list.overdue} overdue` : ""} — page ${list.page} of ${list.pageCount}`}
          actions={list.rows}
        />
      )}
      <Pagination page={list.page} pageCount={list.pageCount} label="Pages of actions" hrefFor={(page) => hrefWith("/work/actions", query, { page: String(page) })} />
    </>
  );
}
