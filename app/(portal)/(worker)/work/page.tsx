import type { Metadata } from "next";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Td, Th } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { requireActor } from "@/lib/auth/actor";
import { listMyOpenCases } from "@/lib/cases/queries";
import { formatDate, startOfUtcDay } from "@/lib/domain/dates";
import { caseStatusLabels, riskLevelLabels } from "@/lib/domain/labels";

export const metadata: Metadata = { title: "My work" };

export default async function MyWorkPage() {
  const actor = await requireActor("cases.work");
  const cases = await listMyOpenCases(actor);
  const today = startOfUtcDay();
  return (
    <>
      <PageHeading caption={actor.organisation.name}>My work</PageHeading>
      {cases.length === 0 ? (
        <p>You are not lead professional of any open case.</p>
      ) : (
        <Table caption={`My open cases (${cases.length})`}>
          <thead>
            <tr>
              <Th scope="col">Case</Th>
              <Th scope="col">Person</Th>
              <Th scope="col">Neighbourhood</Th>
              <Th scope="col">Themes</Th>
              <Th scope="col">Status</Th>
              <Th scope="col">Risk</Th>
              <Th scope="col">Next action due</Th>
            </tr>
          </thead>
          <tbody>
            {cases.map((c) => (
              <tr key={c.id}>
                <Td className="whitespace-nowrap font-bold">{c.reference}</Td>
                <Td>{c.subjectName}</Td>
                <Td>{c.neighbourhoodName}</Td>
                <Td>{c.themes.join(", ")}</Td>
                <Td>
                  <Tag tone={c.status === "ON_HOLD" ? "grey" : "blue"}>{caseStatusLabels[c.status]}</Tag>
                </Td>
                <Td>{riskLevelLabels[c.riskLevel]}</Td>
                <Td className="whitespace-nowrap">
                  {c.nextActionDue ? (
                    <>
                      {formatDate(c.nextActionDue)}
                      {c.nextActionDue < today && (
                        <>
                          {" "}
                          <Tag tone="red">Overdue</Tag>
                        </>
                      )}
                    </>
                  ) : (
                    "None"
                  )}
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </>
  );
}
