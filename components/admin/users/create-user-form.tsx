"use client";
// Adding a user: who they are, their organisation and roles. On success, in place of the form,
// where the set-password link was emailed (the admin never sees the link).
import Link from "next/link";
import { useActionState } from "react";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { createUserAction } from "@/lib/admin/users/actions";
import type { LeadAreaOptions } from "@/lib/admin/users/queries";
import { formFeedback } from "@/lib/forms/form-feedback";
import { RoleFields } from "./role-fields";
import { PasswordLinkEmailed } from "./password-link-emailed";

const fieldOrder = ["name", "email", "jobTitle", "organisationId", "roles", "leadAreas", "supervisedAreas"];

export function CreateUserForm({
  action,
  id,
  organisations,
  areas,
  organisationId,
}: {
  action: typeof createUserAction;
  id: string;
  organisations: { value: string; label: string }[];
  areas: LeadAreaOptions;
  organisationId: string;
}) {
  const [state, formAction, pending] = useActionState(action, null);
  if (state?.ok) {
    return (
      <>
        {state.expiresAt ? (
          <PasswordLinkEmailed title="User added" userName={state.userName} emailedTo={state.emailedTo} expiresAt={state.expiresAt} />
        ) : (
          <p className="mb-6">The user was already added.</p>
        )}
        <ul className="space-y-2">
          <li>
            <Link href={`/admin/users/${state.userId}`}>Go to the user&apos;s page</Link>
          </li>
          <li>
            <a href="/admin/users/new">Add another user</a>
          </li>
        </ul>
      </>
    );
  }
  const { error, summary, values: typed } = formFeedback(state, fieldOrder);
  return (
    <>
      <ErrorSummary items={summary} />
      <form action={formAction} noValidate className="max-w-3xl">
        <input type="hidden" name="id" value={id} />
        <TextField id="name" name="name" label="Full name" autoComplete="off" defaultValue={typed?.name ?? ""} error={error("name")} />
        <TextField
          id="email"
          name="email"
          label="Email address"
          type="email"
          autoComplete="off"
          spellCheck={false}
          defaultValue={typed?.email ?? ""}
          error={error("email")}
        />
        <TextField id="jobTitle" name="jobTitle" label="Job title (optional)" defaultValue={typed?.jobTitle ?? ""} error={error("jobTitle")} />
        <SelectField
          id="organisationId"
          name="organisationId"
          label="Organisation"
          options={organisations}
          placeholder="Select an organisation"
          defaultValue={typed?.organisationId ?? organisationId}
          error={error("organisationId")}
        />
        <RoleFields
          areas={areas}
          roles={typed?.roles ?? ["FRONTLINE_WORKER"]}
          leadAreas={typed?.leadAreas ?? []}
          rolesError={error("roles")}
          areasError={error("leadAreas")}
          supervisedAreas={typed?.supervisedAreas ?? []}
          supervisedError={error("supervisedAreas")}
        />
        <Button type="submit" disabled={pending}>
          Add user
        </Button>
      </form>
    </>
  );
}
