"use client";
import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Table, Td, Th } from "@/components/ui/table";
import { TextField } from "@/components/ui/text-field";
import { formatDate } from "@/lib/domain/london-time";
import { caseStatusLabels } from "@/lib/domain/labels";
import { formatNhsNumber } from "@/lib/domain/nhs-number";
import type { PersonSearchState } from "@/lib/people/actions";

export function PersonSearch({ action }: { action: (state: PersonSearchState, formData: FormData) => Promise<PersonSearchState> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const people = state?.people ?? [];
  const error = state?.error;
  return (
    <>
      <ErrorSummary items={error ? [{ fieldId: "q", message: error }] : []} />
      <form action={formAction} role="search" className="mb-8 flex flex-wrap items-end gap-4">
        <TextField id="q" name="q" label="Name, NHS number, postcode or date of birth" hint="Add a date of birth or postcode to a name to narrow it. For example: Jane Smith, Jane Smith 27/3/1985, 943 476 5919 or M4 6AA" defaultValue={state?.text ?? ""} widthClass="w-full max-w-xl" autoComplete="off" error={error} />
        <div className="mb-6">
          <Button type="submit" disabled={pending}>Search</Button>
        </div>
      </form>
      <div aria-live="polite">
        {state?.kind === "empty" && <p className="mb-6">Enter a name, NHS number, postcode or date of birth.</p>}
        {state && !error && state.kind !== "empty" && people.length === 0 && <p className="mb-6">No people found among the cases shared with your organisation.</p>}
        {people.length > 0 && (
          <Table caption={`${people.length} ${people.length === 1 ? "person" : "people"} found`}>
            <thead>
              <tr>
                <Th scope="col">Name</Th>
                <Th scope="col">Date of birth</Th>
                <Th scope="col">NHS number</Th>
                <Th scope="col">Postcode</Th>
                <Th scope="col">Cases</Th>
              </tr>
            </thead>
            <tbody>
              {people.map((p) => (
                <tr key={p.id}>
                  <Th scope="row" className="font-normal">
                    <Link href={`/people/${p.id}`}>{p.name}</Link>
                  </Th>
                  <Td className="whitespace-nowrap">{formatDate(new Date(p.dateOfBirth))}</Td>
                  <Td className="whitespace-nowrap">{p.nhsNumber ? formatNhsNumber(p.nhsNumber) : "—"}</Td>
                  <Td>{p.postcode ?? "—"}</Td>
                  <Td>
                    <ul>
                      {p.cases.map((c) => (
                        <li key={c.id}>
                          <Link href={`/cases/${c.id}`}>{c.reference}</Link> ({caseStatusLabels[c.status].toLowerCase()})
                        </li>
                      ))}
                      <li>
                        <Link href={`/cases/new?person=${p.id}`}>
                          Open a new case<span className="sr-only"> for {p.name}</span>
                        </Link>
                      </li>
                    </ul>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </div>
      <p>
        {state ? "Not the person you are looking for? " : "Search first, so the same person is not recorded twice. Or "}
        <Link href="/people/new">record a new person</Link>.
      </p>
    </>
  );
}
