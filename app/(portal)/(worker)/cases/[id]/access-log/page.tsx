import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Td, Th } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { WarningText } from "@/components/ui/warning-text";
import { requireActor } from "@/lib/auth/actor";
import { getCaseAccessLog } from "@/lib/cases/access-log";

export const metadata: Metadata = { title: "Who has viewed this case" };

const actionLabels: Record<string, string> = {
  "case.view": "Opened the case",
  "case.export": "Exported the case",
  "case.viewReferralSummary": "Read a referral summary",
  "case.breakGlass": "Used break-glass access",
};

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/London" });

export default async function AccessLogPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  const log = await getCaseAccessLog(actor, id);
  if (!log) notFound();
  return (
    <>
      <BackLink href={`/cases/${id}`}>Back to the case</BackLink>
      <PageHeading caption="Information governance">Who has viewed this case</PageHeading>
      <p className="mb-6 max-w-3xl">Every opening and export of the case is recorded, including attempts that were refused. Only the lead organisation sees this list.</p>
      {log.some((e) => e.breakGlass && e.allowed) && (
        <WarningText>
          Break-glass access has been used on this case: {log.filter((e) => e.action === "case.breakGlass" && e.allowed).length} time(s). Each use, and every read made under it, is marked &ldquo;Break-glass&rdquo; below.
        </WarningText>
      )}
      <Table caption={`Most recent ${log.length} views`}>
        <thead>
          <tr>
            <Th scope="col">When</Th>
            <Th scope="col">Who</Th>
            <Th scope="col">What</Th>
            <Th scope="col">Result</Th>
          </tr>
        </thead>
        <tbody>
          {log.map((e) => (
            <tr key={e.id}>
              <Td className="whitespace-nowrap">{timeFormat.format(e.at)}</Td>
              <Td>{`${e.who}, ${e.organisation}`}</Td>
              <Td>
                {actionLabels[e.action] ?? e.action}
                {e.breakGlass && (
                  <>
                    {" "}
                    <Tag tone="red">Break-glass</Tag>
                  </>
                )}
              </Td>
              <Td>{e.allowed ? <Tag tone="green">Allowed</Tag> : <Tag tone="red">Refused</Tag>}</Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </>
  );
}
