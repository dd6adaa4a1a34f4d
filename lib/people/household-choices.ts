// The households a person may be placed in from their page: those the worker may see at the
// person's postcode (their own among them), and a new one at the person's own address when none
// is recorded there.
import "server-only";
import type { AccessActor, AccessGrounds } from "@/lib/access/case-policy";
import type { Tx } from "@/lib/db/create-client";
import { visibleHouseholdsWhere } from "./visible-households-where";

import { newHouseholdChoice } from "./household-choices-value";

export type HouseholdChoice = { value: string; label: string };

type Placed = { addressLine1: string | null; town: string | null; postcode: string | null; household: { id: string } | null };

export async function householdChoicesFor(tx: Tx, actor: AccessActor, grounds: AccessGrounds, person: Placed): Promise<HouseholdChoice[]> {
  if (!person.postcode) return [];
  const found = await tx.household.findMany({
    where: { AND: [{ postcode: person.postcode }, visibleHouseholdsWhere(actor, grounds)] },
    orderBy: { addressLine1: "asc" },
    take: 50,
    select: { id: true, addressLine1: true, town: true, postcode: true },
  });
  const sameAddress = (line: string) => Boolean(person.addressLine1) && line.toLowerCase() === person.addressLine1?.toLowerCase();
  const choices = found.map((h) => ({
    value: h.id,
    label: `${[h.addressLine1, h.town, h.postcode].filter(Boolean).join(", ")}${h.id === person.household?.id ? " (their household now)" : ""}`,
  }));
  const atOwnAddress = found.some((h) => sameAddress(h.addressLine1));
  if (person.addressLine1 && !atOwnAddress) {
    choices.push({ value: newHouseholdChoice, label: `A new household at ${[person.addressLine1, person.town, person.postcode].filter(Boolean).join(", ")}` });
  }
  return choices;
}
