// Cases offered to the worker to lead, with accept and decline.
import Link from "next/link";
import { AnswerTransferForm } from "@/components/cases/transfer-forms";
import type { TransferRow } from "@/lib/cases/my-work/transfers-awaiting";
import { formatDate } from "@/lib/domain/london-time";
import { answerLeadTransferAction } from "@/lib/cases/actions";

export function TransfersAwaiting({ transfers }: { transfers: TransferRow[] }) {
  if (transfers.length === 0) return null;
  return (
    <section aria-labelledby="transfers-title" className="mb-10">
      <h2 id="transfers-title" className="mb-3 text-2xl font-bold">Cases offered to you to lead ({transfers.length})</h2>
      <ul className="space-y-4">
        {transfers.map((t) => (
          <li key={t.id} className="border-b border-border pb-3">
            <p>
              <Link href={`/cases/${t.case.id}`} className="font-bold">
                {t.case.reference}
              </Link>{" "}
              ({t.case.subjectName}): {t.kind === "LEAD_ORGANISATION" ? "lead organisation" : "lead professional"} offered by {t.requestedBy} on{" "}
              {formatDate(t.requestedAt)}
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
