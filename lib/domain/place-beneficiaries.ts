// Who receives a place's fiscal benefits for an organisation type (lib/ledger/README.md,
// "Beneficiaries"): the neighbourhood's own rows for the type when it has any, otherwise its
// locality's. Several organisations of one type share the benefit equally.
import type { OrganisationType } from "@/lib/generated/prisma/enums";

export type BeneficiaryRow = { localityId: string | null; neighbourhoodId: string | null; organisationType: OrganisationType; organisationId: string };
export type BeneficiaryPlace = { neighbourhoodId: string; localityId: string };

export function beneficiariesFor(rows: readonly BeneficiaryRow[], place: BeneficiaryPlace, type: OrganisationType): string[] {
  const own = rows.filter((r) => r.neighbourhoodId === place.neighbourhoodId && r.organisationType === type);
  const chosen = own.length ? own : rows.filter((r) => r.localityId === place.localityId && r.organisationType === type);
  return [...new Set(chosen.map((r) => r.organisationId))].sort();
}
