// Loads what the person policy needs to decide about one person. It skips authorisation on
// purpose (it is how authorisation starts), hence "unsafe": return it to no one.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { unsafeLoadCaseFacts } from "./case-facts";
import type { PersonFacts } from "./person-policy";

export async function unsafeLoadPersonFacts(client: Tx, personId: string): Promise<PersonFacts | null> {
  const found = await client.person.findUnique({
    where: { id: personId },
    select: { id: true, restrictedAt: true, createdBy: { select: { organisationId: true } }, cases: { select: { id: true } } },
  });
  if (!found) return null;
  const cases = [];
  // One after the other: a transaction's queries share one connection.
  for (const { id } of found.cases) {
    const facts = await unsafeLoadCaseFacts(client, id);
    if (facts) cases.push(facts);
  }
  return { personId: found.id, recordedByOrganisationId: found.createdBy?.organisationId ?? null, cases, restricted: found.restrictedAt !== null };
}
