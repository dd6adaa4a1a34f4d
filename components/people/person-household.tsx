// The person's household on their page: where, how they are related, the others in it the viewer
// may see, and (for those who may change the person) joining another household or leaving.
import Link from "next/link";
import type { ReactNode } from "react";
import { SummaryList } from "@/components/ui/summary-list";
import { householdRelationshipLabels, labelFor } from "@/lib/domain/labels";
import type { PersonView } from "@/lib/people/person-view";

type Props = { person: PersonView; joinForm: ReactNode; leaveForm: ReactNode };

export function PersonHousehold({ person, joinForm, leaveForm }: Props) {
  const { household } = person;
  return (
    <section aria-labelledby="household-title" className="mb-10">
      <h2 id="household-title" className="mb-4 text-2xl font-bold">
        Household
      </h2>
      {household ? (
        <SummaryList
          rows={[
            { key: "Address", value: <Link href={`/households/${household.id}`}>{[household.addressLine1, household.town, household.postcode].filter(Boolean).join(", ")}</Link> },
            { key: "Relationship", value: person.householdRelationship ? labelFor(householdRelationshipLabels, person.householdRelationship) : "Not recorded" },
            {
              key: "Others in the household",
              value:
                person.members.length === 0 ? (
                  "None you can see"
                ) : (
                  <ul>
                    {person.members.map((m) => (
                      <li key={m.id}>
                        <Link href={`/people/${m.id}`}>{`${m.givenName} ${m.familyName}`}</Link>
                        {m.householdRelationship && ` (${labelFor(householdRelationshipLabels, m.householdRelationship).toLowerCase()})`}
                      </li>
                    ))}
                  </ul>
                ),
            },
          ]}
        />
      ) : (
        <p className="mb-6">Not in a household.</p>
      )}
      {person.permissions.edit && (
        <div className="mb-6 bg-panel p-4">
          <h3 className="mb-4 text-xl font-bold">{household ? "Move to another household or change the relationship" : "Add to a household"}</h3>
          {joinForm}
        </div>
      )}
      {person.permissions.edit && household && leaveForm}
    </section>
  );
}
