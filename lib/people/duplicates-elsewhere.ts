// Duplicates across agencies without disclosure: people the worker's organisation may NOT see
// who may be the one being recorded (same NHS number, or a matching name with the same date of
// birth: gt_people_held_elsewhere, migration person_merge_and_link_requests). The worker is told
// only which organisation holds such a record — never a name, a date, an id or a count of people.
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import type { Tx } from "@/lib/db/create-client";
import { searchNameOf } from "@/lib/domain/person-matching";
import { unsafeSystemStep } from "@/lib/db/access-context";
import { nhsNumberLookup } from "./nhs-number-field";
import { maxNameWords } from "./search-terms";

/** What the worker may be told: an organisation holds a record that may be this person. */
export type HeldElsewhere = { organisationId: string; organisationName: string };

export type TypedIdentity = { givenName: string; familyName: string; dateOfBirth: Date; nhsNumber: string | null };

export const heldElsewhereMessage = (organisationName: string) =>
  `A record that may be this person is held by ${organisationName}. Ask them before creating a new record.`;

/**
 * The matches with their holders, ids included: for the server only (addressing a link request).
 * Runs in the actor's transaction; the database takes the organisation from its context.
 */
export async function unsafeMatchesHeldElsewhere(tx: Tx, identity: TypedIdentity): Promise<{ personId: string; holderOrganisationId: string }[]> {
  const words = searchNameOf(identity.givenName, identity.familyName).split(" ").filter(Boolean).slice(0, maxNameWords);
  const born = identity.dateOfBirth.toISOString().slice(0, 10);
  const hash = identity.nhsNumber ? nhsNumberLookup(identity.nhsNumber) : null;
  const rows = await tx.$queryRaw<{ person_id: string; holder_organisation_id: string | null }[]>`
    SELECT person_id::text AS person_id, holder_organisation_id::text AS holder_organisation_id
    FROM gt_people_held_elsewhere(${words}::text[], ${born}::date, ${hash}::text)`;
  return rows.flatMap((r) => (r.holder_organisation_id ? [{ personId: r.person_id, holderOrganisationId: r.holder_organisation_id }] : []));
}

/** The organisations holding a record that may be this person, one entry each; audited (organisations only). */
export async function heldElsewhere(tx: Tx, actor: AccessActor, identity: TypedIdentity): Promise<HeldElsewhere[]> {
  const matches = await unsafeMatchesHeldElsewhere(tx, identity);
  const organisationIds = [...new Set(matches.map((m) => m.holderOrganisationId))];
  if (organisationIds.length === 0) return [];
  // Organisation names are public within the partnership; read across organisations for the names only.
  const organisations = await unsafeSystemStep(tx, actor, () =>
    tx.organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true, name: true }, orderBy: { name: "asc" } }),
  );
  await writeAuditEvent(tx, {
    actor: auditActorOf(actor),
    action: "person.heldElsewhere",
    recordType: "Organisation",
    reasons: ["the duplicate check found a record another organisation holds; only the organisation was shown"],
    details: { organisationIds },
  });
  return organisations.map((o) => ({ organisationId: o.id, organisationName: o.name }));
}
