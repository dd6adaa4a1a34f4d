import { SummaryList } from "@/components/ui/summary-list";
import type { CaseView } from "@/lib/cases/case-view";
import { formatDate } from "@/lib/domain/london-time";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import { closureReasonLabels, consentStatusLabels, labelFor, lawfulBasisLabels } from "@/lib/domain/labels";

export function CaseSummary({ record }: { record: CaseView }) {
  const consent = record.consents[0];
  return (
    <SummaryList
      rows={[
        { key: "Date of birth", value: formatDate(record.person.dateOfBirth) },
        { key: "NHS number", value: record.person.nhsNumber ? formatNhsNumber(record.person.nhsNumber) : "Not known" },
        { key: "Neighbourhood", value: `${record.neighbourhood.name}, ${record.neighbourhood.locality.name}` },
        { key: "Themes", value: record.themes.map((t) => t.theme.name).join(", ") },
        { key: "Summary", value: record.summary ? <span className="whitespace-pre-wrap">{record.summary}</span> : "None" },
        { key: "Lead professional", value: `${record.leadProfessional.name}, ${record.leadOrganisation.name}` },
        { key: "Opened", value: formatDate(record.openedAt) },
        { key: "First contact", value: record.firstContactAt ? formatDate(record.firstContactAt) : "None recorded yet" },
        {
          key: "Consent to share",
          value: consent
            ? `${labelFor(consentStatusLabels, consent.status)}${consent.decidedOn ? ` on ${formatDate(consent.decidedOn)}` : ""}${
                consent.lawfulBasis ? `; lawful basis: ${labelFor(lawfulBasisLabels, consent.lawfulBasis)}` : ""
              }`
            : "Not recorded",
        },
        ...(record.status === "CLOSED"
          ? [{ key: "Closed", value: `${record.closedAt ? formatDate(record.closedAt) : ""} (${labelFor(closureReasonLabels, record.closureReason)})` }]
          : []),
      ]}
    />
  );
}
