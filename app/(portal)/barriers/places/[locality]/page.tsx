// A locality's barrier log: every barrier raised in the locality or its neighbourhoods, at any level.
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { BarrierLogView } from "@/components/barriers/barrier-log-view";
import { BackLink } from "@/components/ui/back-link";
import { PageHeading } from "@/components/ui/page-heading";
import { canRaiseBarriers } from "@/lib/access/barrier-policy";
import { pageFrom } from "@/lib/domain/paging";
import { requireBarrierReader } from "@/lib/barriers/require-barrier-reader";
import { listBarrierLog } from "@/lib/barriers/barrier-log";
import { barrierPlaceDirectory, logScopeFor } from "@/lib/barriers/barrier-places";
import { organisationOptions } from "@/lib/barriers/form-options";
import { readLogFilters } from "@/lib/barriers/log-filters";

type Props = { params: Promise<{ locality: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const scope = await logScopeFor((await params).locality);
  return { title: scope ? `Barriers in ${scope.name}` : "Page not found" };
}

export default async function LocalityBarriersPage({ params, searchParams }: Props) {
  const actor = await requireBarrierReader();
  const [{ locality }, query] = await Promise.all([params, searchParams]);
  const scope = await logScopeFor(locality);
  if (!scope || scope.kind !== "locality") notFound();
  const filters = readLogFilters(query);
  const [log, organisations, places] = await Promise.all([listBarrierLog(actor, scope, filters, pageFrom(query.page)), organisationOptions(), barrierPlaceDirectory()]);
  const neighbourhoods = places.find((l) => l.id === scope.localityId)?.neighbourhoods ?? [];
  return (
    <>
      <BackLink href="/barriers">All barriers</BackLink>
      <PageHeading caption="Locality barrier log">Barriers in {scope.name}</PageHeading>
      <p className="mb-6 max-w-3xl">Barriers raised in {scope.name} and its neighbourhoods, at every level: those still in a neighbourhood, those escalated to the locality, and those taken to the partnership board.</p>
      {canRaiseBarriers(actor) && (
        <p className="mb-6">
          <Link href={`/barriers/new?locality=${scope.localityId}`} className="font-bold">
            Raise a barrier for the whole of {scope.name}
          </Link>
        </p>
      )}
      <details className="mb-8">
        <summary className="cursor-pointer text-link underline">Logs of its {neighbourhoods.length} neighbourhoods</summary>
        <ul className="mt-3 grid grid-cols-1 gap-x-6 gap-y-1 border-l-4 border-border pl-4 sm:grid-cols-2">
          {neighbourhoods.map((n) => (
            <li key={n.id}>
              <Link href={`${scope.path}/${n.slug}`}>{n.name}</Link>
            </li>
          ))}
        </ul>
      </details>
      <BarrierLogView path={scope.path} csvPath={`/api${scope.path}/log.csv`} filters={filters} organisations={organisations} log={log} caption={`Barriers in ${scope.name}`} />
    </>
  );
}
