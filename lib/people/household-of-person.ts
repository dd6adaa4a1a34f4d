// The household of a person the actor may see, as the open-case form offers it (a case is for
// "a person and optionally their household", DOMAIN.md), or null.
import "server-only";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import type { AccessActor } from "@/lib/access/case-policy";
import { asActor } from "@/lib/db/access-context";
import { isUuid } from "@/lib/domain/uuid";
import { visibleHouseholdsWhere } from "./visible-households-where";
import { visiblePeopleWhere } from "./visible-people-where";

export async function householdOfVisiblePerson(actor: AccessActor, personId: string): Promise<{ id: string; address: string } | null> {
  if (!isUuid(personId)) return null;
  return asActor(actor, async (tx) => {
    const grounds = await accessGroundsFor(tx, actor);
    const household = await tx.household.findFirst({
      where: { AND: [{ people: { some: { AND: [{ id: personId }, visiblePeopleWhere(actor, grounds)] } } }, visibleHouseholdsWhere(actor, grounds)] },
      select: { id: true, addressLine1: true, town: true, postcode: true },
    });
    return household && { id: household.id, address: [household.addressLine1, household.town, household.postcode].filter(Boolean).join(", ") };
  });
}
