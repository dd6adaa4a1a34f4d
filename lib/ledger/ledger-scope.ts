// Who may see which place's ledger: as for the place dashboards (lib/places/place-access.ts —
// admins every place, locality leads their places, workers their team's neighbourhood), and
// budget holders the places whose budgets they hold.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { PlaceScope } from "@/lib/places/place-access";
import { placeScopeFor } from "@/lib/places/place-scope";

export async function ledgerScopeFor(actor: Actor): Promise<PlaceScope> {
  const scope = await placeScopeFor(actor);
  const held = actor.scopes.filter((s) => s.role === "BUDGET_HOLDER");
  if (held.length === 0) return scope;
  return {
    ...scope,
    localityIds: new Set([...scope.localityIds, ...held.flatMap((s) => (s.localityId ? [s.localityId] : []))]),
    neighbourhoodIds: new Set([...scope.neighbourhoodIds, ...held.flatMap((s) => (s.neighbourhoodId ? [s.neighbourhoodId] : []))]),
    overview: true,
  };
}
