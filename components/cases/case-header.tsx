// Top of every case page: the reference, the person and the case's status at a glance.
import Link from "next/link";
import { Tag } from "@/components/ui/tag";
import { caseStatusLabels, riskLevelLabels } from "@/lib/domain/labels";
import type { CaseView } from "@/lib/cases/case-view";

export function CaseHeader({ record }: { record: Pick<CaseView, "reference" | "person" | "status" | "riskLevel"> }) {
  return (
    <div className="mb-8">
      <p className="mb-1 text-xl text-secondary-ink">Shared case {record.reference}</p>
      <h1 className="mb-3 text-4xl font-bold">
        {record.person.givenName} {record.person.familyName}
      </h1>
      <p className="mb-3">
        <Link href={`/people/${record.person.id}`}>
          Person&apos;s record<span className="sr-only"> of {record.person.givenName} {record.person.familyName}</span>: all their cases, household and chronology
        </Link>
      </p>
      <p className="flex flex-wrap gap-2">
        <Tag tone={record.status === "CLOSED" ? "grey" : "blue"}>{caseStatusLabels[record.status]}</Tag>
        <Tag tone={record.riskLevel === "HIGH" || record.riskLevel === "VERY_HIGH" ? "red" : "yellow"}>
          Risk: {riskLevelLabels[record.riskLevel]}
        </Tag>
      </p>
    </div>
  );
}
