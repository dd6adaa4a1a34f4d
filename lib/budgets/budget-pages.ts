// What the budget pages need besides the budgets themselves: who may open them (admins and
// budget holders; anyone else gets a 404), the places a budget can be made for, organisations.
import "server-only";
import { notFound } from "next/navigation";
import { decideBudgetAccess } from "@/lib/access/budget-policy";
import { requireActor, type Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";

export async function requireBudgetActor(): Promise<Actor> {
  const actor = await requireActor();
  if (!actor.roles.includes("PARTNERSHIP_ADMIN") && !actor.roles.includes("BUDGET_HOLDER")) notFound();
  return actor;
}

/** Neighbourhoods and localities the actor may make budgets for, as form options. */
export async function budgetPlaceOptions(actor: Actor) {
  const localities = await db.locality.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, neighbourhoods: { orderBy: { name: "asc" }, select: { id: true, name: true } } } });
  return localities.flatMap((l) => [
    ...(decideBudgetAccess(actor, { neighbourhoodId: null, localityId: l.id }, "manage").allowed ? [{ value: `locality:${l.id}`, label: `${l.name} (whole locality)` }] : []),
    ...l.neighbourhoods
      .filter((n) => decideBudgetAccess(actor, { neighbourhoodId: n.id, localityId: l.id }, "manage").allowed)
      .map((n) => ({ value: `neighbourhood:${n.id}`, label: `${n.name}, ${l.name}` })),
  ]);
}

export async function contributorOptions() {
  const organisations = await db.organisation.findMany({ where: { status: { in: ["ACTIVE", "INVITED"] } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  return organisations.map((o) => ({ value: o.id, label: o.name }));
}
