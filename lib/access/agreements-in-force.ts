// The information-sharing agreements in force on a day to which an organisation is a party.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { londonDateText, londonDayOf } from "@/lib/domain/london-time";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AgreementInForce } from "./case-policy";

export function agreementInForceWhere(on: Date) {
  const day = londonDayOf(on);
  return {
    status: "ACTIVE" as const,
    startsOn: { lte: day },
    OR: [{ endsOn: null }, { endsOn: { gte: day } }],
  };
}

/** One statement: the agreements with their parties and themes (not one round trip per table). */
export async function agreementsInForceFor(
  client: Tx,
  organisationId: string,
  on: Date = new Date(),
): Promise<AgreementInForce[]> {
  const day = londonDateText(on);
  return client.$queryRaw<AgreementInForce[]>(Prisma.sql`
    SELECT a.id::text AS id, a.reference,
           coalesce((SELECT array_agg(p."organisationId"::text ORDER BY p."organisationId") FROM "AgreementParty" p WHERE p."agreementId" = a.id), '{}') AS "partyIds",
           coalesce((SELECT array_agg(t."themeId"::text ORDER BY t."themeId") FROM "AgreementTheme" t WHERE t."agreementId" = a.id), '{}') AS "themeIds"
    FROM "SharingAgreement" a
    WHERE a.status = 'ACTIVE' AND a."startsOn" <= ${day}::date AND (a."endsOn" IS NULL OR a."endsOn" >= ${day}::date)
      AND EXISTS (SELECT 1 FROM "AgreementParty" p WHERE p."agreementId" = a.id AND p."organisationId" = ${organisationId}::uuid)
    ORDER BY a.reference, a.id`);
}
