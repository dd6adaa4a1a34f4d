import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Td, Th } from "@/components/ui/table";
import { Tag, type TagTone } from "@/components/ui/tag";
import { listOrganisations } from "@/lib/admin/queries";
import { requireActor } from "@/lib/auth/actor";
import { formatDate } from "@/lib/domain/dates";
import { organisationStatusLabels, organisationTypeLabels } from "@/lib/domain/labels";
import type { OrganisationStatus } from "@/lib/generated/prisma/enums";

export const metadata: Metadata = { title: "Organisations" };

const statusTones: Record<OrganisationStatus, TagTone> = {
  INVITED: "blue",
  ACTIVE: "green",
  SUSPENDED: "red",
  LEFT: "grey",
};

export default async function OrganisationsPage() {
  const actor = await requireActor("admin.manage");
  const organisations = await listOrganisations(actor);
  return (
    <>
      <PageHeading caption="Partnership administration">Organisations</PageHeading>
      <Table caption={`Member organisations (${organisations.length})`}>
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
          {organisations.map((o) => (
            <tr key={o.id}>
              <Th scope="row" className="font-normal">
                {o.name}
              </Th>
              <Td>{organisationTypeLabels[o.type]}</Td>
              <Td>
                <Tag tone={statusTones[o.status]}>{organisationStatusLabels[o.status]}</Tag>
              </Td>
              <Td className="whitespace-nowrap">{o.joinedOn ? formatDate(o.joinedOn) : "Not yet"}</Td>
              <Td className="text-right">{o.userCount}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
