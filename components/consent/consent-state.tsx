// The consent state of a case in words (GOV.UK summary list and tag), and what a partner whose
// access consent suspended still sees: that it is involved, and why the content is withheld.
import { roleLabels } from "@/components/cases/team-around-person";
import { PageHeading } from "@/components/ui/page-heading";
import { SummaryList } from "@/components/ui/summary-list";
import { Tag, type TagTone } from "@/components/ui/tag";
import type { ConsentState as State, ConsentStateKind } from "@/lib/access/consent-state";
import { formatDate } from "@/lib/domain/london-time";

const tones: Record<ConsentStateKind, TagTone> = {
  none: "grey",
  "not-asked": "grey",
  refused: "yellow",
  given: "green",
  lapsed: "red",
  withdrawn: "red",
  "basis-confirmed": "green",
  "basis-unconfirmed": "yellow",
  "basis-declined": "red",
  "basis-lapsed": "red",
};

const sentence = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;

export function ConsentState({ state, reviewOn }: { state: State; reviewOn: Date | null }) {
  return (
    <section aria-labelledby="consent-state-title" className="mb-8">
      <h2 id="consent-state-title" className="mb-2 text-xl font-bold">Consent to share</h2>
      <SummaryList
        rows={[
          { key: "State", value: <Tag tone={tones[state.kind]}>{state.tag}</Tag> },
          { key: "What it means", value: sentence(state.reason) },
          ...(reviewOn ? [{ key: "Review by", value: formatDate(reviewOn) }] : []),
        ]}
      />
    </section>
  );
}

type Summary = { reference: string; leadOrganisation: string; involvement: { role: string; joinedAt: Date } | null; why: string; tag: string };

export function SuspendedCase({ summary }: { summary: Summary }) {
  return (
    <>
      <PageHeading caption="Shared case">{summary.reference}</PageHeading>
      <div className="mb-8 border-l-[10px] border-[#d4351c] bg-panel p-4" role="region" aria-labelledby="suspended-title">
        <h2 id="suspended-title" className="mb-2 text-2xl font-bold">Access suspended</h2>
        <p className="mb-2">{sentence(summary.why)}</p>
        <p>Your organisation is still in the team around the person, but cannot see the case&apos;s content until then.</p>
      </div>
      <SummaryList
        rows={[
          { key: "Consent", value: <Tag tone="red">{summary.tag}</Tag> },
          { key: "Lead organisation", value: summary.leadOrganisation },
          ...(summary.involvement
            ? [{ key: "Your organisation's involvement", value: `${roleLabels[summary.involvement.role] ?? summary.involvement.role}, since ${formatDate(summary.involvement.joinedAt)}` }]
            : []),
        ]}
      />
    </>
  );
}
