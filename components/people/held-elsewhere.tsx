"use client";
// "A record that may be this person is held by <organisation>": the only thing the duplicate
// check says about a person the worker may not see, with a form to ask that organisation.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextArea } from "@/components/ui/text-area";
import { WarningText } from "@/components/ui/warning-text";
import { formFeedback } from "@/lib/forms/form-feedback";
import type { FormState } from "@/lib/forms/form-state";
import type { HeldElsewhere as Held } from "@/lib/people/duplicates-elsewhere";
import type { LinkRequestValues } from "@/lib/people/link-requests";
import type { PersonValues } from "@/lib/people/create-person";

type Action = (state: FormState<LinkRequestValues>, formData: FormData) => Promise<FormState<LinkRequestValues>>;

function LinkRequestForm({ holder, typed, action, requestId }: { holder: Held; typed: PersonValues; action: Action; requestId: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary } = formFeedback(state, ["reason"]);
  const id = `reason-${holder.organisationId}`;
  return (
    <form action={formAction} noValidate className="mt-4">
      <ErrorSummary items={summary.map((s) => (s.fieldId === "reason" ? { ...s, fieldId: id } : s))} />
      <input type="hidden" name="clientRequestId" value={requestId} />
      <input type="hidden" name="holderOrganisationId" value={holder.organisationId} />
      <input type="hidden" name="givenName" value={typed.givenName} />
      <input type="hidden" name="familyName" value={typed.familyName} />
      <input type="hidden" name="dateOfBirth.day" value={typed.dateOfBirth.day} />
      <input type="hidden" name="dateOfBirth.month" value={typed.dateOfBirth.month} />
      <input type="hidden" name="dateOfBirth.year" value={typed.dateOfBirth.year} />
      <input type="hidden" name="nhsNumber" value={typed.nhsNumber} />
      <input type="hidden" name="postcode" value={typed.postcode} />
      <TextArea id={id} name="reason" label={`Why you are asking ${holder.organisationName}`} hint="They will see this and the details you typed above. Do not include anything they do not need." rows={3} error={error("reason")} />
      <Button type="submit" variant="secondary" disabled={pending}>
        Ask {holder.organisationName}
      </Button>
    </form>
  );
}

export function HeldElsewhere({ held, typed, action, requestIds }: { held: Held[]; typed: PersonValues; action: Action; requestIds: string[] }) {
  return (
    <section aria-labelledby="held-elsewhere-title" className="mb-8 border-l-[10px] border-brand bg-panel p-4">
      <h2 id="held-elsewhere-title" className="mb-2 text-2xl font-bold">
        Another organisation may already know this person
      </h2>
      {held.map((h, i) => (
        <div key={h.organisationId} className="mb-4">
          <WarningText>A record that may be this person is held by {h.organisationName}. Ask them before creating a new record.</WarningText>
          <LinkRequestForm holder={h} typed={typed} action={action} requestId={requestIds[i] ?? requestIds[0]} />
        </div>
      ))}
    </section>
  );
}
