import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DoneBanner } from "@/components/admin/done-banner";
import { BackLink } from "@/components/ui/back-link";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Td, Th } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { getLocality } from "@/lib/admin/geography/queries";
import { paramOf, type SearchParams } from "@/lib/domain/search-params";
import { requireActor } from "@/lib/auth/actor";

export const metadata: Metadata = { title: "Locality" };

export default async function LocalityPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<SearchParams>;
}) {
  const actor = await requireActor("admin.manage");
  const locality = await getLocality(actor, (await params).id);
  if (!locality) notFound();
  const done = paramOf(await searchParams, "done");
  return (
    <>
      <BackLink href="/admin/geography">Back to geography</BackLink>
      <DoneBanner done={done} messages={{ created: "The locality has been added", updated: "The locality has been saved" }} />
      <PageHeading caption={`Locality ${locality.code}`}>{locality.name}</PageHeading>
      <ul className="mb-8 flex flex-wrap gap-4">
        <li>
          <ButtonLink href={`/admin/geography/localities/${locality.id}/neighbourhoods/new`} variant="primary">
            Add a neighbourhood
          </ButtonLink>
        </li>
        <li>
          <ButtonLink href={`/admin/geography/localities/${locality.id}/edit`}>Change code or name</ButtonLink>
        </li>
      </ul>
      <Table caption={`Neighbourhoods in ${locality.name} (${locality.neighbourhoods.length})`}>
        <thead>
          <tr>
            <Th scope="col">Code</Th>
            <Th scope="col">Neighbourhood</Th>
            <Th scope="col" className="text-right">
              Population
            </Th>
            <Th scope="col" className="text-right">
              Wards
            </Th>
            <Th scope="col" className="text-right">
              Teams
            </Th>
            <Th scope="col">Boundary</Th>
          </tr>
        </thead>
        <tbody>
          {locality.neighbourhoods.map((n) => (
            <tr key={n.id}>
              <Td className="whitespace-nowrap">{n.code}</Td>
              <Th scope="row" className="align-top! font-normal">
                <Link href={`/admin/geography/neighbourhoods/${n.id}`}>{n.name}</Link>
              </Th>
              <Td className="text-right">
                {n.population.toLocaleString("en-GB")}
                {n.populationFlagged && (
                  <span className="ml-2 inline-block">
                    <Tag tone="yellow">Outside 30,000–50,000</Tag>
                  </span>
                )}
              </Td>
              <Td className="text-right">{n.wards}</Td>
              <Td className="text-right">{n.teams}</Td>
              <Td>{n.hasBoundary ? "Yes" : "None"}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
      {locality.unassignedWards.length > 0 && (
        <>
          <h2 className="mb-3 text-2xl font-bold">Wards in no neighbourhood ({locality.unassignedWards.length})</h2>
          <ul className="mb-8 list-disc pl-6">
            {locality.unassignedWards.map((w) => (
              <li key={w.code}>
                {w.name} ({w.code})
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
