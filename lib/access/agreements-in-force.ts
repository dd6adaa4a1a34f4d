// The information-sharing agreements in force on a day to which an organisation is a party.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { londonDayOf } from "@/lib/domain/london-time";
import type { AgreementInForce } from "./case-policy";

export function agreementInForceWhere(on: Date) {
  const day = londonDayOf(on);
  return {
    status: "ACTIVE" as const,
    startsOn: { lte: day },
    OR: [{ endsOn: null }, { endsOn: { gte: day } }],
  };
}

export async function agreementsInForceFor(
  client: Tx,
  organisationId: string,
  on: Date = new Date(),
): Promise<AgreementInForce[]> {
  const agreements = await client.sharingAgreement.findMany({
    where: { ...agreementInForceWhere(on), parties: { some: { organisationId } } },
    select: {
      id: true,
      reference: true,
      parties: { select: { organisationId: true } },
      themes: { select: { themeId: true } },
    },
  });
  return agreements.map((a) => ({
    id: a.id,
    reference: a.reference,
    partyIds: a.parties.map((p) => p.organisationId),
    themeIds: a.themes.map((t) => t.themeId),
  }));
}
