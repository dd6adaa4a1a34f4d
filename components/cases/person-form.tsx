"use client";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { DateField } from "@/components/ui/date-field";
import { ErrorSummary } from "@/components/ui/error-summary";
import { HiddenRequestId } from "@/components/ui/hidden-request-id";
import { TextField } from "@/components/ui/text-field";
import { formFeedback } from "@/lib/forms/form-feedback";
import { formatDate } from "@/lib/domain/london-time";
import type { CreatePersonResult } from "@/lib/people/create-person";
import { HeldElsewhere } from "@/components/people/held-elsewhere";
import type { ComponentProps } from "react";

type Props = {
  action: (state: CreatePersonResult | null, formData: FormData) => Promise<CreatePersonResult>;
  requestId: string;
  /** Asking an organisation that holds a record that may be this person (lib/people/link-requests.ts). */
  linkRequest?: { action: ComponentProps<typeof HeldElsewhere>["action"]; requestIds: string[] };
};

export function PersonForm({ action, requestId, linkRequest }: Props) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary: items, values } = formFeedback(state, ["givenName", "familyName", "dateOfBirth", "nhsNumber", "addressLine1", "town", "postcode"]);
  const duplicates = state && !state.ok ? state.duplicates ?? [] : [];
  const heldElsewhere = state && !state.ok ? state.heldElsewhere ?? [] : [];
  const known = duplicates.length > 0 || heldElsewhere.length > 0;
  return (
    <>
      <ErrorSummary items={items} />
      {heldElsewhere.length > 0 && values && linkRequest && <HeldElsewhere held={heldElsewhere} typed={values} action={linkRequest.action} requestIds={linkRequest.requestIds} />}
      {duplicates.length > 0 && (
        <section aria-labelledby="duplicates-title" className="mb-8 border-l-[10px] border-brand bg-panel p-4">
          <h2 id="duplicates-title" className="mb-2 text-2xl font-bold" tabIndex={-1}>
            This person may already be known
          </h2>
          <p className="mb-4">Check these records before creating a new one.</p>
          <ul className="mb-4 space-y-3">
            {duplicates.map((p) => (
              <li key={p.id} className="border-b border-border pb-2">
                <p className="font-bold">
                  {p.name}, born {formatDate(new Date(p.dateOfBirth))}
                  {p.postcode ? `, ${p.postcode}` : ""}
                </p>
                <p>Why it matched: {p.reasons.join("; ")}</p>
                {p.cases.length > 0 ? (
                  <p>
                    Cases:{" "}
                    {p.cases.map((c, i) => (
                      <span key={c.id}>
                        {i > 0 && ", "}
                        <a href={`/cases/${c.id}`}>{c.reference}</a>
                      </span>
                    ))}
                  </p>
                ) : (
                  <p>
                    <a href={`/cases/new?person=${p.id}`}>Open a case for {p.name}</a>
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <form action={formAction} noValidate>
        <HiddenRequestId value={values?.clientRequestId || requestId} />
        <TextField id="givenName" name="givenName" label="First name" autoComplete="off" defaultValue={values?.givenName} error={error("givenName")} />
        <TextField id="familyName" name="familyName" label="Last name" autoComplete="off" defaultValue={values?.familyName} error={error("familyName")} />
        <DateField id="dateOfBirth" name="dateOfBirth" legend="Date of birth" hint="For example, 27 3 1985" value={values?.dateOfBirth} error={error("dateOfBirth")} />
        <TextField id="nhsNumber" name="nhsNumber" label="NHS number (optional)" hint="10 digits, for example 943 476 5919" inputMode="numeric" widthClass="w-48" defaultValue={values?.nhsNumber} error={error("nhsNumber")} />
        <TextField id="addressLine1" name="addressLine1" label="Address (optional)" hint="People at the same address are linked as a household" defaultValue={values?.addressLine1} error={error("addressLine1")} />
        <TextField id="town" name="town" label="Town or city (optional)" widthClass="w-64" defaultValue={values?.town} error={error("town")} />
        <TextField id="postcode" name="postcode" label="Postcode (optional)" widthClass="w-32" defaultValue={values?.postcode} error={error("postcode")} />
        {known && (
          <div className="mb-6 flex items-start gap-2">
            <input id="confirmedNotDuplicate" type="checkbox" name="confirmedNotDuplicate" value="yes" className="mt-1 h-6 w-6 accent-ink" />
            <label htmlFor="confirmedNotDuplicate">{duplicates.length > 0 ? "I have checked: this is a different person from those listed above" : "I have checked: this is a different person"}</label>
          </div>
        )}
        <Button type="submit" disabled={pending}>Continue</Button>
      </form>
    </>
  );
}
