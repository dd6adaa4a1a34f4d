// Who receives each place's fiscal benefits, per organisation type: each locality's choice, and
// the neighbourhoods that override it.
import type { Metadata } from "next";
import Link from "next/link";
import { NotificationBanner } from "@/components/ui/notification-banner";
import { PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/auth/actor";
import { organisationTypeLabels } from "@/lib/domain/labels";
import { beneficiaryOverview } from "@/lib/ledger/beneficiaries/queries";

export const metadata: Metadata = { title: "Who receives each place's benefits" };

export default async function BeneficiariesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor("admin.manage");
  const [localities, query] = await Promise.all([beneficiaryOverview(actor), searchParams]);
  return (
    <>
      {query.done === "saved" && <NotificationBanner>Saved; the place’s outcomes have been re-valued</NotificationBanner>}
      <PageHeading caption="Unit costs">Who receives each place’s benefits</PageHeading>
      <p className="mb-8 max-w-3xl">
        A unit cost that saves “the police” or “the NHS trust” is credited to the organisations of that type chosen here for the case’s
        place: a neighbourhood’s own choice for a type where it has one, otherwise its locality’s. Several organisations of one type share
        the benefit equally. A type with nobody chosen is shown in the ledger as not yet assigned.
      </p>
      {localities.map((l) => (
        <section key={l.id} aria-labelledby={`l-${l.id}`} className="mb-8 border-b border-border pb-6">
          <h2 id={`l-${l.id}`} className="mb-2 text-2xl font-bold">{l.name}</h2>
          <p className="mb-2">
            {l.receivers.length ? l.receivers.map((r) => `${organisationTypeLabels[r.type]}: ${r.name}`).join("; ") : "Nobody chosen yet."}{" "}
            <Link href={`/admin/beneficiaries/locality-${l.id}`}>Change<span className="sr-only"> for {l.name}</span></Link>
          </p>
          <details>
            <summary className="cursor-pointer text-link underline">Neighbourhood choices in {l.name}</summary>
            <ul className="mt-2 ml-6 list-disc">
              {l.neighbourhoods.map((n) => (
                <li key={n.id}>
                  {n.name}: {n.overrides.length ? n.overrides.map((r) => `${organisationTypeLabels[r.type]}: ${r.name}`).join("; ") : "as the locality"}{" "}
                  <Link href={`/admin/beneficiaries/neighbourhood-${n.id}`}>Change<span className="sr-only"> for {n.name}</span></Link>
                </li>
              ))}
            </ul>
          </details>
        </section>
      ))}
    </>
  );
}
