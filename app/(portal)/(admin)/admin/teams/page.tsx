import type { Metadata } from "next";
import Link from "next/link";
import { FilterForm } from "@/components/ui/filter-form";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";
import { SelectField } from "@/components/ui/select-field";
import { Table, Td, Th } from "@/components/ui/table";
import { TextField } from "@/components/ui/text-field";
import { listLocalities } from "@/lib/admin/geography/queries";
import { paramOf, type SearchParams } from "@/lib/domain/search-params";
import { listTeams } from "@/lib/admin/teams/queries";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Teams" };

export default async function TeamsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("admin.manage");
  const params = await searchParams;
  const filters = { q: paramOf(params, "q").slice(0, 200), locality: paramOf(params, "locality") };
  const [teams, localities] = await Promise.all([listTeams(actor, filters), listLocalities(actor)]);
  return (
    <>
      <PageHeading caption="Partnership administration">Co-located teams</PageHeading>
      <p className="mb-6 max-w-3xl">
        Multi-agency teams serving one neighbourhood each, working from a shared base: one workforce across organisations.
      </p>
      <p className="mb-6">
        <ButtonLink href="/admin/teams/new" variant="primary">
          Add a team
        </ButtonLink>
      </p>
      <FilterForm label="Filter teams" clearHref="/admin/teams" filtered={Boolean(filters.q || filters.locality)}>
        <TextField id="q" name="q" label="Name contains" defaultValue={filters.q} widthClass="w-72" />
        <SelectField
          id="locality"
          name="locality"
          label="Locality"
          options={localities.map((l) => ({ value: l.id, label: l.name }))}
          placeholder="Any locality"
          defaultValue={filters.locality}
        />
      </FilterForm>
      <Table caption={`Teams (${teams.length})`}>
        <thead>
          <tr>
            <Th scope="col">Team</Th>
            <Th scope="col">Neighbourhood</Th>
            <Th scope="col" className="text-right">
              Members
            </Th>
            <Th scope="col" className="text-right">
              Organisations
            </Th>
          </tr>
        </thead>
        <tbody>
          {teams.map((t) => (
            <tr key={t.id}>
              <Th scope="row" className="align-top! font-normal">
                <Link href={`/admin/teams/${t.id}`}>{t.name}</Link>
              </Th>
              <Td>
                {t.neighbourhoodName}, {t.localityName}
              </Td>
              <Td className="text-right">{t.members}</Td>
              <Td className="text-right">{t.organisations}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {teams.length === 0 && <p>No teams match these filters.</p>}
    </>
  );
}
