// The parts of "My work" other than the case list: notifications, the agency inbox, actions
// and recent activity by other organisations.
import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import type { MyWork } from "@/lib/cases/my-work";
import { formatDate } from "@/lib/domain/london-time";
import { contactKindChoices, labelOf, urgencyChoices } from "./labels";
import { actionStatusLabels } from "./case-actions-table";
import { AnswerTransferForm } from "./transfer-forms";
import { answerLeadTransferAction } from "@/lib/cases/actions";

const notificationText: Record<string, string> = {
  REFERRAL_ACCEPTED: "accepted your referral",
  REFERRAL_DECLINED: "declined your referral",
  TRANSFER_ANSWERED: "answered your request to transfer the lead",
};

export function Notifications({ items }: { items: MyWork["notifications"] }) {
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="notifications-title" className="mb-10 border-l-[10px] border-brand bg-panel p-4">
      <h2 id="notifications-title" className="mb-3 text-2xl font-bold">Updates on your referrals</h2>
      <ul className="space-y-2">
        {items.map((n) => (
          <li key={n.id}>
            {n.organisation} {notificationText[n.kind] ?? "updated a referral"}
            {n.case && (
              <>
                {" "}for <Link href={`/cases/${n.case.id}`}>{n.case.reference}</Link>
              </>
            )}{" "}
            ({formatDate(n.at)}){n.comment && <span className="block text-secondary-ink">“{n.comment}”</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Inbox({ referrals }: { referrals: MyWork["inbox"] }) {
  return (
    <section aria-labelledby="inbox-title" className="mb-10">
      <h2 id="inbox-title" className="mb-3 text-2xl font-bold">Referrals waiting for your organisation ({referrals.length})</h2>
      {referrals.length === 0 ? (
        <p>No referrals are waiting.</p>
      ) : (
        <ul className="space-y-3">
          {referrals.map((r) => (
            <li key={r.id} className="border-b border-border pb-2">
              <Link href={`/referrals/${r.id}`} className="font-bold">
                {r.subjectName}
              </Link>{" "}
              {r.urgency === "URGENT" && <Tag tone="red">Urgent</Tag>}
              <span className="block text-base">
                From {r.from}, sent {formatDate(r.sentAt)} · {labelOf(urgencyChoices, r.urgency)} · {r.themes.join(", ")}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function MyActions({ actions }: { actions: MyWork["actions"] }) {
  if (actions.length === 0) return <p className="mb-10">No open actions for you or your organisation.</p>;
  return (
    <Table caption={`Actions for you or your organisation (${actions.length})`}>
      <thead>
        <tr>
          <Th scope="col">Due</Th>
          <Th scope="col">What</Th>
          <Th scope="col">Case</Th>
          <Th scope="col">Status</Th>
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => (
          <tr key={a.id}>
            <Td className="whitespace-nowrap">
              {formatDate(a.dueOn)} {a.overdue && <Tag tone="red">Overdue</Tag>}
            </Td>
            <Td>{a.description}</Td>
            <Td>
              <Link href={`/cases/${a.case.id}`}>{a.case.reference}</Link>
            </Td>
            <Td>{actionStatusLabels[a.status]}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function RecentActivity({ activity }: { activity: MyWork["activity"] }) {
  return (
    <section aria-labelledby="activity-title" className="mb-10">
      <h2 id="activity-title" className="mb-3 text-2xl font-bold">Recent activity on your cases by other organisations</h2>
      {activity.length === 0 ? (
        <p>Nothing in the last 14 days.</p>
      ) : (
        <ul className="space-y-1">
          {activity.map((a) => (
            <li key={a.id}>
              {a.by} recorded a {labelOf(contactKindChoices, a.kind).toLowerCase()} on{" "}
              <Link href={`/cases/${a.case.id}#chronology`}>{a.case.reference}</Link> ({formatDate(a.at)})
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function TransfersWaiting({ transfers }: { transfers: MyWork["transfers"] }) {
  if (transfers.length === 0) return null;
  return (
    <section aria-labelledby="transfers-title" className="mb-10">
      <h2 id="transfers-title" className="mb-3 text-2xl font-bold">Cases offered to you to lead ({transfers.length})</h2>
      <ul className="space-y-4">
        {transfers.map((t) => (
          <li key={t.id} className="border-b border-border pb-3">
            <p>
              <Link href={`/cases/${t.case.id}`} className="font-bold">{t.case.reference}</Link>:{" "}
              {t.kind === "LEAD_ORGANISATION" ? "lead organisation" : "lead professional"} offered by {t.requestedBy} on {formatDate(t.requestedAt)}
            </p>
            <p className="mb-2 text-secondary-ink">“{t.reason}”</p>
            <div className="flex gap-4">
              <AnswerTransferForm action={answerLeadTransferAction.bind(null, t.id, true)} label={`Accept ${t.case.reference}`} variant="primary" />
              <AnswerTransferForm action={answerLeadTransferAction.bind(null, t.id, false)} label={`Decline ${t.case.reference}`} variant="secondary" />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
