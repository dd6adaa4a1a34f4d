// Households a worker may see: one a person they may see lives in, or one a case they may see
// is for (the same rule as row security on "Household").
import type { AccessActor, AccessGrounds } from "@/lib/access/case-policy";
import { visibleCasesWhere } from "@/lib/access/visible-cases-where";
import type { Prisma } from "@/lib/generated/prisma/client";
import { visiblePeopleWhere } from "./visible-people-where";

export function visibleHouseholdsWhere(actor: AccessActor, grounds: AccessGrounds): Prisma.HouseholdWhereInput {
  return { OR: [{ people: { some: visiblePeopleWhere(actor, grounds) } }, { cases: { some: visibleCasesWhere(actor, grounds) } }] };
}
