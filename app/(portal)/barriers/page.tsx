// Barriers: every barrier in the partnership, open to every signed-in user, with the reader's
// own barriers first and the way into each place's log and the board agenda.
import type { Metadata } from "next";
import Link from "next/link";
import { BarrierLogView } from "@/components/barriers/barrier-log-view";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeading } from "@/components/ui/page-heading";
import { canRaiseBarriers } from "@/lib/access/barrier-policy";
import { pageFrom } from "@/lib/domain/paging";
import { requireBarrierReader } from "@/lib/barriers/require-barrier-reader";
import { listBarrierLog } from "@/lib/barriers/barrier-log";
import { barrierPlaceDirectory, partnershipScope } from "@/lib/barriers/barrier-places";
import { organisationOptions } from "@/lib/barriers/form-options";
import { readLogFilters } from "@/lib/barriers/log-filters";
import { MyBarriersSection } from "./_components/my-barriers-section";

export const metadata: Metadata = { title: "Barriers" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function BarriersPage({ searchParams }: Props) {
  const actor = await requireBarrierReader();
  const params = await searchParams;
  const filters = readLogFilters(params);
  const [log, organisations, places] = await Promise.all([listBarrierLog(actor, partnershipScope, filters, pageFrom(params.page)), organisationOptions(), barrierPlaceDirectory()]);
  return (
    <>
      <PageHeading caption="Tackling barriers">Barriers</PageHeading>
      <p className="mb-6 max-w-3xl text-xl">
        Rules, systems, budgets and ways of working that stop services working together for people. Each is acted on in its
        neighbourhood, or escalated to the locality and then to the partnership board.
      </p>
      <div className="mb-10 flex flex-wrap items-center gap-6">
        {canRaiseBarriers(actor) && (
          <ButtonLink href="/barriers/new" variant="primary">
            Raise a barrier
          </ButtonLink>
        )}
        <Link href="/barriers/board" className="font-bold">
          Partnership board agenda
        </Link>
      </div>

      <MyBarriersSection actor={actor} />

      <section aria-labelledby="places-title" className="mb-10">
        <h2 id="places-title" className="mb-3 text-2xl font-bold">
          Barrier logs by place
        </h2>
        <ul className="grid grid-cols-1 gap-x-6 gap-y-1 sm:grid-cols-2 md:grid-cols-3">
          {places.map((l) => (
            <li key={l.id}>
              <Link href={`/barriers/places/${l.slug}`}>{l.name}</Link>
            </li>
          ))}
        </ul>
      </section>

      <h2 className="mb-4 text-2xl font-bold">All barriers</h2>
      <BarrierLogView path="/barriers" csvPath="/api/barriers/log.csv" filters={filters} organisations={organisations} log={log} caption="Barriers in the partnership" />
    </>
  );
}
