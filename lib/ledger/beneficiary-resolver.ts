// Loads the beneficiary rows for the places of a batch of outcomes, once, and answers from them
// with the rule in lib/domain/place-beneficiaries.ts.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import type { OrganisationType } from "@/lib/generated/prisma/enums";
import { beneficiariesFor, type BeneficiaryPlace } from "@/lib/domain/place-beneficiaries";

export async function beneficiaryResolver(tx: Tx, places: readonly BeneficiaryPlace[]) {
  const rows = await tx.placeBeneficiary.findMany({
    where: {
      OR: [
        { neighbourhoodId: { in: [...new Set(places.map((p) => p.neighbourhoodId))] } },
        { localityId: { in: [...new Set(places.map((p) => p.localityId))] } },
      ],
    },
    select: { localityId: true, neighbourhoodId: true, organisationType: true, organisationId: true },
  });
  return (place: BeneficiaryPlace, type: OrganisationType) => beneficiariesFor(rows, place, type);
}
