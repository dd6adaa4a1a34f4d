// "Who invests and who saves" for a place and period: who may see the place (ledger-scope.ts),
// then its figures from the summary tables (ledger-sql.ts), protected and shaped as DTOs
// (build-ledger.ts). A place the actor may not see is null: pages answer 404, as for one that
// does not exist.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { addMonths, parsePeriod, type Period, type PeriodError } from "@/lib/domain/period";
import { canViewLocality, canViewNeighbourhood, canViewPartnership, type PlaceScope } from "@/lib/places/place-access";
import { buildLedgerFigures, type LedgerFigures } from "./build-ledger";
import { directoryOf, ledgerDirectory, partnershipPlace, type LedgerDirectory, type LedgerPlace } from "./ledger-places";
import { ledgerScopeFor } from "./ledger-scope";
import { ledgerReads, type LedgerReadParams, type LedgerRows, type PlaceRow } from "./ledger-sql";

export type LedgerTarget = { locality?: string; neighbourhood?: string };
export type LedgerQuery = { from?: string; to?: string };

export type LedgerView = {
  place: LedgerPlace;
  parents: { name: string; path: string }[];
  parts: { name: string; path: string }[];
  period: Period;
  errors: PeriodError[];
  figures: LedgerFigures;
};

function resolve(directory: LedgerDirectory, scope: PlaceScope, target: LedgerTarget): { place: LedgerPlace; parents: LedgerPlace[]; parts: LedgerPlace[] } | null {
  const all = partnershipPlace(directory);
  if (!target.locality) return canViewPartnership(scope) ? { place: all, parents: [], parts: directory.localities } : null;
  const locality = directory.localities.find((l) => l.path === target.locality);
  if (!locality) return null;
  const parents = canViewPartnership(scope) ? [all] : [];
  if (!target.neighbourhood) return canViewLocality(scope, locality.id) ? { place: locality, parents, parts: locality.neighbourhoods } : null;
  const neighbourhood = locality.neighbourhoods.find((n) => n.path === `${locality.path}/${target.neighbourhood}`);
  if (!neighbourhood || !canViewNeighbourhood(scope, { id: neighbourhood.id, localityId: locality.id })) return null;
  return { place: neighbourhood, parents: [...parents, ...(canViewLocality(scope, locality.id) ? [locality] : [])], parts: [] };
}

export function readParams(target: LedgerTarget, period: Period): LedgerReadParams {
  return {
    localitySlug: target.locality ?? null,
    neighbourhoodSlug: target.locality ? (target.neighbourhood ?? null) : null,
    from: `${period.from}-01`,
    toExclusive: `${addMonths(period.to, 1)}-01`,
  };
}

/**
 * Every read in one round: the places, and the figures of the place asked for, read before the
 * caller decides whether the actor may see them (aggregates; a caller that says no returns none).
 */
export async function readLedgerRows(params: LedgerReadParams): Promise<LedgerRows & { places: PlaceRow[] }> {
  const reads = ledgerReads(params);
  const [places, benefits, payback, spend, budgetSpend, outcomes, contributions, shares, organisations, outcomeTypes] = await Promise.all([
    db.$queryRaw<PlaceRow[]>(reads.places),
    db.$queryRaw<LedgerRows["benefits"]>(reads.benefits),
    db.$queryRaw<LedgerRows["payback"]>(reads.payback),
    db.$queryRaw<LedgerRows["spend"]>(reads.spend),
    db.$queryRaw<LedgerRows["budgetSpend"]>(reads.budgetSpend),
    db.$queryRaw<LedgerRows["outcomes"]>(reads.outcomes),
    db.$queryRaw<LedgerRows["contributions"]>(reads.contributions),
    db.$queryRaw<LedgerRows["shares"]>(reads.shares),
    db.$queryRaw<LedgerRows["organisations"]>(reads.organisations),
    db.$queryRaw<LedgerRows["outcomeTypes"]>(reads.outcomeTypes),
  ]);
  return { places, benefits, payback, spend, budgetSpend, outcomes, contributions, shares, organisations, outcomeTypes };
}

export async function loadLedger(actor: Actor, target: LedgerTarget, query: LedgerQuery, now: Date = new Date()): Promise<LedgerView | null> {
  const parsed = parsePeriod({ from: query.from, to: query.to }, now);
  const [scope, rows] = await Promise.all([ledgerScopeFor(actor), readLedgerRows(readParams(target, parsed.period))]);
  const resolved = resolve(directoryOf(rows.places), scope, target);
  if (!resolved) return null;
  return {
    place: resolved.place,
    parents: resolved.parents.map((p) => ({ name: p.name, path: p.path })),
    parts: resolved.parts.map((p) => ({ name: p.name, path: p.path })),
    period: parsed.period,
    errors: parsed.ok ? [] : parsed.errors,
    figures: buildLedgerFigures(rows, parsed.period),
  };
}

/** The places whose ledger the actor may open, for the ledger's start page. */
export async function ledgerPlacesFor(actor: Actor): Promise<{ partnership: boolean; localities: { name: string; path: string; open: boolean; neighbourhoods: { name: string; path: string }[] }[] }> {
  const [scope, directory] = await Promise.all([ledgerScopeFor(actor), ledgerDirectory()]);
  return {
    partnership: canViewPartnership(scope),
    localities: directory.localities
      .map((l) => ({
        name: l.name,
        path: l.path,
        open: canViewLocality(scope, l.id),
        neighbourhoods: l.neighbourhoods.filter((n) => canViewNeighbourhood(scope, { id: n.id, localityId: l.id })).map((n) => ({ name: n.name, path: n.path })),
      }))
      .filter((l) => l.open || l.neighbourhoods.length > 0),
  };
}
