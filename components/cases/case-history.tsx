// Referrals, outcomes, consent history and status history of a case.
import { Table, Td, Th } from "@/components/ui/table";
import { Tag, type TagTone } from "@/components/ui/tag";
import type { CaseView } from "@/lib/cases/case-view";
import { formatDate } from "@/lib/domain/london-time";
import { caseStatusLabels, closureReasonLabels, consentStatusLabels, declineReasonLabels, labelFor, lawfulBasisLabels, referralUrgencyLabels } from "@/lib/domain/labels";

const referralTones: Record<string, TagTone> = { PENDING: "yellow", ACCEPTED: "green", DECLINED: "red", WITHDRAWN: "grey" };
const referralLabels: Record<string, string> = { PENDING: "Waiting for answer", ACCEPTED: "Accepted", DECLINED: "Declined", WITHDRAWN: "Withdrawn" };

export function ReferralsTable({ referrals, withdraw }: { referrals: CaseView["referrals"]; withdraw?: (referralId: string) => React.ReactNode }) {
  if (referrals.length === 0) return <p className="mb-8">No referrals yet.</p>;
  return (
    <Table caption="Referrals">
      <thead>
        <tr>
          <Th scope="col">To</Th>
          <Th scope="col">From</Th>
          <Th scope="col">Sent</Th>
          <Th scope="col">Urgency</Th>
          <Th scope="col">State</Th>
        </tr>
      </thead>
      <tbody>
        {referrals.map((r) => (
          <tr key={r.id}>
            <Td>
              {r.toOrganisation.name}
              {r.toTeam && <span className="block text-sm">{r.toTeam.name}</span>}
              <span className="block text-sm text-secondary-ink">{r.reason}</span>
            </Td>
            <Td>{`${r.sentBy.name}, ${r.fromOrganisation.name}`}</Td>
            <Td className="whitespace-nowrap">{formatDate(r.sentAt)}</Td>
            <Td>{labelFor(referralUrgencyLabels, r.urgency)}</Td>
            <Td>
              <Tag tone={referralTones[r.status]}>{referralLabels[r.status]}</Tag>
              {r.respondedAt && <span className="block text-sm">Answered {formatDate(r.respondedAt)}</span>}
              {r.status === "DECLINED" && (
                <span className="block text-sm">
                  {labelFor(declineReasonLabels, r.declineReason)}: {r.responseComment}
                </span>
              )}
              {r.status === "PENDING" && withdraw?.(r.id)}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function OutcomesList({ outcomes }: { outcomes: CaseView["outcomes"] }) {
  if (outcomes.length === 0) return <p className="mb-8">No outcomes recorded yet.</p>;
  return (
    <Table caption="Outcomes">
      <thead>
        <tr>
          <Th scope="col">Outcome</Th>
          <Th scope="col">Achieved</Th>
          <Th scope="col">Evidence</Th>
        </tr>
      </thead>
      <tbody>
        {outcomes.map((o) => (
          <tr key={o.id}>
            <Td>{o.outcomeType.name}</Td>
            <Td className="whitespace-nowrap">{formatDate(o.achievedOn)}</Td>
            <Td className="whitespace-pre-wrap break-words">{o.evidence}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function ConsentHistory({ consents }: { consents: CaseView["consents"] }) {
  return (
    <Table caption="Consent history">
      <thead>
        <tr>
          <Th scope="col">Decision</Th>
          <Th scope="col">Lawful basis</Th>
          <Th scope="col">Recorded</Th>
        </tr>
      </thead>
      <tbody>
        {consents.map((c) => (
          <tr key={c.id}>
            <Td>
              {labelFor(consentStatusLabels, c.status)}
              {c.decidedOn && ` on ${formatDate(c.decidedOn)}`}
              {c.scope && <span className="block text-sm">Scope: {c.scope}</span>}
            </Td>
            <Td>
              {c.lawfulBasis ? labelFor(lawfulBasisLabels, c.lawfulBasis) : "None"}
              {c.lawfulBasisApprovedBy && <span className="block text-sm">Approved by {c.lawfulBasisApprovedBy.name}</span>}
            </Td>
            <Td>{`${formatDate(c.recordedAt)} by ${c.recordedBy.name}`}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function StatusHistory({ changes }: { changes: CaseView["statusChanges"] }) {
  return (
    <Table caption="Status history">
      <thead>
        <tr>
          <Th scope="col">Change</Th>
          <Th scope="col">Reason</Th>
          <Th scope="col">When and who</Th>
        </tr>
      </thead>
      <tbody>
        {changes.map((c) => (
          <tr key={c.id}>
            <Td>{c.fromStatus ? `${caseStatusLabels[c.fromStatus]} → ${caseStatusLabels[c.toStatus]}` : caseStatusLabels[c.toStatus]}</Td>
            <Td>{[c.closureReason ? labelFor(closureReasonLabels, c.closureReason) : null, c.reason].filter(Boolean).join(": ") || "—"}</Td>
            <Td>{`${formatDate(c.changedAt)} by ${c.changedBy.name}`}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
