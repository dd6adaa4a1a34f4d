// Choices offered by the barrier forms: places, organisations, and people who can own an action.
import "server-only";
import { db } from "@/lib/db";

export type Option = { value: string; label: string };

/** Localities with their neighbourhoods, for "Where is it met?". */
export async function placeOptions() {
  return db.locality.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, neighbourhoods: { orderBy: { name: "asc" }, select: { id: true, name: true, code: true } } },
  });
}

/** Member organisations (not those that have left), for "Whose rule, system or budget is it?". */
export async function organisationOptions(): Promise<Option[]> {
  const organisations = await db.organisation.findMany({ where: { status: { not: "LEFT" } }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  return organisations.map((o) => ({ value: o.id, label: o.name }));
}

/** Active people of these organisations who work in the partnership (not admins only), for an action's owner. */
export async function actionOwnerOptions(organisationIds: readonly string[]): Promise<Option[]> {
  const people = await db.user.findMany({
    where: {
      organisationId: { in: [...organisationIds] },
      deactivatedAt: null,
      roles: { some: { role: { in: ["FRONTLINE_WORKER", "LOCALITY_LEAD", "SUPERVISOR", "BOARD_MEMBER", "BUDGET_HOLDER"] } } },
    },
    orderBy: [{ organisation: { name: "asc" } }, { name: "asc" }],
    select: { id: true, name: true, jobTitle: true, organisation: { select: { name: true } } },
  });
  return people.map((p) => ({ value: p.id, label: `${p.name}${p.jobTitle ? `, ${p.jobTitle}` : ""} (${p.organisation.name})` }));
}
