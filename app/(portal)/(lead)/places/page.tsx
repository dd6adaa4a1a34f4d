import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Td, Th } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { requireActor } from "@/lib/auth/actor";
import { suppressionThreshold } from "@/lib/domain/suppression";
import { listLedPlaces } from "@/lib/places/queries";

export const metadata: Metadata = { title: "My places" };

export default async function MyPlacesPage() {
  const actor = await requireActor("places.view");
  const localities = await listLedPlaces(actor);
  return (
    <>
      <PageHeading caption="Locality lead">My places</PageHeading>
      <p className="mb-8 max-w-3xl">
        Figures are counts of shared cases. To protect people&apos;s privacy, counts from 1 to{" "}
        {suppressionThreshold - 1} are shown as &ldquo;&lt;{suppressionThreshold}&rdquo;.
      </p>
      {localities.length === 0 && <p>You do not lead any locality or neighbourhood yet.</p>}
      {localities.map((locality) => (
        <Table key={locality.id} caption={locality.name}>
          <thead>
            <tr>
              <Th scope="col">Neighbourhood</Th>
              <Th scope="col">Code</Th>
              <Th scope="col" className="text-right">
                Residents
              </Th>
              <Th scope="col" className="text-right">
                Open cases
              </Th>
            </tr>
          </thead>
          <tbody>
            {locality.neighbourhoods.map((n) => (
              <tr key={n.id}>
                <Th scope="row" className="font-normal">
                  {n.name}
                </Th>
                <Td>{n.code}</Td>
                <Td className="text-right">
                  {n.population.toLocaleString("en-GB")}
                  {n.populationFlagged && (
                    <>
                      {" "}
                      <Tag tone="yellow">Outside 30,000–50,000</Tag>
                    </>
                  )}
                </Td>
                <Td className="text-right">{n.openCases.display}</Td>
              </tr>
            ))}
          </tbody>
        </Table>
      ))}
    </>
  );
}
