// A small partnership for the case tests: a lead organisation, a partner covered by an
// agreement, an uninvolved organisation, two themes and an outcome type; all their workers are in
// the neighbourhood's co-located team (the outsider is not), so need-to-know lets each see what
// their organisation may.
import { randomUUID } from "node:crypto";
import { createActor, createAgreement, joinTeam, createCase, createOrganisation, createOutcomeType, createPlace, createTheme } from "../../support/case-factories";

export async function caseWorld() {
  const { neighbourhood } = await createPlace();
  const themes = [await createTheme("Homelessness"), await createTheme("Mental health")];
  const themeIds = themes.map((t) => t.id);
  const leadOrg = await createOrganisation();
  const partnerOrg = await createOrganisation({ type: "MENTAL_HEALTH_TRUST" });
  const thirdOrg = await createOrganisation({ type: "HOUSING_PROVIDER" });
  const uninvolvedOrg = await createOrganisation({ type: "POLICE" });
  await createAgreement({ partyIds: [leadOrg.id, partnerOrg.id, thirdOrg.id], themeIds });
  const lead = await createActor({ organisationId: leadOrg.id });
  const partner = await createActor({ organisationId: partnerOrg.id });
  const third = await createActor({ organisationId: thirdOrg.id });
  const outsider = await createActor({ organisationId: uninvolvedOrg.id });
  // The involved organisations' workers are in the neighbourhood's co-located team, so their
  // organisations' rules decide here; the outsider is in no team (nor organisation) of it.
  await joinTeam(neighbourhood.id, lead, partner, third);
  const outcomeType = await createOutcomeType();
  const newCase = (options: Partial<Parameters<typeof createCase>[0]> = {}) =>
    createCase({ lead, neighbourhoodId: neighbourhood.id, themeIds, involvedOrganisationIds: [partnerOrg.id], ...options });
  return { neighbourhood, themeIds, leadOrg, partnerOrg, thirdOrg, lead, partner, third, outsider, outcomeType, newCase, requestId: () => randomUUID() };
}

export type CaseWorld = Awaited<ReturnType<typeof caseWorld>>;
