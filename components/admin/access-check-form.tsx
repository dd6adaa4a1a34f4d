"use client";
// The access checker: a user's email address and a case reference in, the policy's decision for
// each case action out, with its reasons.
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { Table, Td, Th } from "@/components/ui/table";
import { Tag } from "@/components/ui/tag";
import { TextField } from "@/components/ui/text-field";
import { WarningText } from "@/components/ui/warning-text";
import type { checkAccessAction } from "@/lib/admin/access-check/actions";
import { roleLabels } from "@/lib/auth/roles";
import { formFeedback } from "@/lib/forms/form-feedback";

export function AccessCheckForm({ action }: { action: typeof checkAccessAction }) {
  const [state, formAction, pending] = useActionState(action, null);
  const { error, summary, values: typed } = formFeedback(state, ["email", "caseReference"]);
  const answer = state?.ok ? state.answer : null;
  return (
    <>
      <ErrorSummary items={summary} />
      <form action={formAction} noValidate className="mb-10 max-w-2xl">
        <TextField
          id="email"
          name="email"
          type="email"
          label="User's email address"
          spellCheck={false}
          autoComplete="off"
          defaultValue={typed?.email ?? answer?.user.email ?? ""}
          error={error("email")}
        />
        <TextField
          id="caseReference"
          name="caseReference"
          label="Case reference"
          hint="For example, GT-000123"
          widthClass="w-48"
          spellCheck={false}
          autoComplete="off"
          defaultValue={typed?.caseReference ?? answer?.caseReference ?? ""}
          error={error("caseReference")}
        />
        <Button type="submit" disabled={pending}>
          Check access
        </Button>
      </form>
      {answer && (
        <section aria-labelledby="access-answer">
          <h2 id="access-answer" className="mb-2 text-2xl font-bold">
            What {answer.user.name} may do with {answer.caseReference}
          </h2>
          <p className="mb-4">
            {answer.user.name} ({answer.user.email}) works for {answer.user.organisationName} as{" "}
            {answer.user.roles.map((r) => roleLabels[r]).join(", ") || "no role"}.
          </p>
          {answer.signInBlocked && <WarningText>{answer.signInBlocked}</WarningText>}
          <Table caption={`Decisions for ${answer.caseReference}`}>
            <thead>
              <tr>
                <Th scope="col">Action</Th>
                <Th scope="col">Decision</Th>
                <Th scope="col">Reasons</Th>
              </tr>
            </thead>
            <tbody>
              {answer.decisions.map((d) => (
                <tr key={d.action}>
                  <Th scope="row" className="align-top! font-normal">
                    {d.label}
                  </Th>
                  <Td>{d.allowed ? <Tag tone="green">Allowed</Tag> : <Tag tone="red">Denied</Tag>}</Td>
                  <Td>
                    <ul className="list-disc pl-5 text-base">
                      {d.reasons.map((reason) => (
                        <li key={reason}>{reason}</li>
                      ))}
                    </ul>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        </section>
      )}
    </>
  );
}
