// A neighbourhood's barrier log, whatever level each barrier has reached since.
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
import { logScopeFor } from "@/lib/barriers/barrier-places";
import { organisationOptions } from "@/lib/barriers/form-options";
import { readLogFilters } from "@/lib/barriers/log-filters";

type Props = { params: Promise<{ locality: string; neighbourhood: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locality, neighbourhood } = await params;
  const scope = await logScopeFor(locality, neighbourhood);
  return { title: scope ? `Barriers in ${scope.name}` : "Page not found" };
}

export default async function NeighbourhoodBarriersPage({ params, searchParams }: Props) {
  const actor = await requireBarrierReader();
  const [{ locality, neighbourhood }, query] = await Promise.all([params, searchParams]);
  const scope = await logScopeFor(locality, neighbourhood);
  if (!scope || scope.kind !== "neighbourhood") notFound();
  const filters = readLogFilters(query);
  const [log, organisations] = await Promise.all([listBarrierLog(actor, scope, filters, pageFrom(query.page)), organisationOptions()]);
  return (
    <>
      <BackLink href={scope.locality.path}>Barriers in {scope.locality.name}</BackLink>
      <PageHeading caption={`Neighbourhood barrier log, ${scope.locality.name}`}>Barriers in {scope.name}</PageHeading>
      {canRaiseBarriers(actor) && (
        <p className="mb-6">
          <Link href={`/barriers/new?neighbourhood=${scope.neighbourhoodId}`} className="font-bold">
            Raise a barrier in {scope.name}
          </Link>
        </p>
      )}
      <BarrierLogView path={scope.path} csvPath={`/api${scope.path}/log.csv`} filters={filters} organisations={organisations} log={log} caption={`Barriers in ${scope.name}`} showPlace={false} />
    </>
  );
}
