import type { Metadata } from "next";
import Link from "next/link";
import { DoneBanner } from "@/components/admin/done-banner";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Td, Th } from "@/components/ui/table";
import { listLocalities } from "@/lib/admin/geography/queries";
import { paramOf, type SearchParams } from "@/lib/domain/search-params";
import { requireActor } from "@/lib/auth/actor";
import { neighbourhoodPopulationRange } from "@/lib/domain/population";

export const metadata: Metadata = { title: "Geography" };

export default async function GeographyPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requireActor("admin.manage");
  const localities = await listLocalities(actor);
  const { min, max } = neighbourhoodPopulationRange;
  return (
    <>
      <DoneBanner done={paramOf(await searchParams, "done")} messages={{ imported: "The neighbourhoods have been imported" }} />
      <PageHeading caption="Partnership administration">Geography</PageHeading>
      <p className="mb-6 max-w-3xl">
        Localities are the partnership&apos;s boroughs. Each is divided into neighbourhoods of about {min.toLocaleString("en-GB")} to{" "}
        {max.toLocaleString("en-GB")} residents, made of council wards. Cases, teams and dashboards hang off neighbourhoods.
      </p>
      <p className="mb-6">
        <ButtonLink href="/admin/geography/localities/new">Add a locality</ButtonLink>
      </p>
      <Table caption={`Localities (${localities.length})`}>
        <thead>
          <tr>
            <Th scope="col">Locality</Th>
            <Th scope="col">Code</Th>
            <Th scope="col" className="text-right">
              Neighbourhoods
            </Th>
            <Th scope="col" className="text-right">
              Outside the population range
            </Th>
            <Th scope="col" className="text-right">
              Population
            </Th>
          </tr>
        </thead>
        <tbody>
          {localities.map((l) => (
            <tr key={l.id}>
              <Th scope="row" className="align-top! font-normal">
                <Link href={`/admin/geography/localities/${l.id}`}>{l.name}</Link>
              </Th>
              <Td>{l.code}</Td>
              <Td className="text-right">{l.neighbourhoods}</Td>
              <Td className="text-right">{l.flagged}</Td>
              <Td className="text-right">{l.population.toLocaleString("en-GB")}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
