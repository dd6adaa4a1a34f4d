// The person's details as the edit form starts from, for an actor the person policy lets change
// them (else null, and the page answers 404). The read is audited as a view of the person.
import "server-only";
import { auditPersonAction, decideForPerson } from "@/lib/access/authorize-person";
import type { AccessActor } from "@/lib/access/case-policy";
import { asActor } from "@/lib/db/access-context";
import { openNhsNumber } from "./nhs-number-field";
import type { PersonDetailsValues } from "./update-person-details";

export async function getPersonForEdit(actor: AccessActor, personId: string): Promise<{ name: string; values: PersonDetailsValues } | null> {
  return asActor(actor, async (tx) => {
    const authorisation = await decideForPerson(tx, actor, personId, "edit");
    await auditPersonAction(tx, actor, personId, { action: "person.view", details: { for: "edit" } }, authorisation.allowed ? "ALLOWED" : "DENIED", authorisation.decision.reasons);
    if (!authorisation.allowed) return null;
    const p = await tx.person.findUniqueOrThrow({
      where: { id: personId },
      select: { givenName: true, familyName: true, dateOfBirth: true, nhsNumberCiphertext: true, addressLine1: true, town: true, postcode: true, version: true },
    });
    return {
      name: `${p.givenName} ${p.familyName}`,
      values: {
        givenName: p.givenName,
        familyName: p.familyName,
        dateOfBirth: { day: String(p.dateOfBirth.getUTCDate()), month: String(p.dateOfBirth.getUTCMonth() + 1), year: String(p.dateOfBirth.getUTCFullYear()) },
        nhsNumber: openNhsNumber(personId, p.nhsNumberCiphertext) ?? "",
        addressLine1: p.addressLine1 ?? "",
        town: p.town ?? "",
        postcode: p.postcode ?? "",
        version: String(p.version),
      },
    };
  });
}
