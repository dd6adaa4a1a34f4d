"use client";
// Moving a user to another organisation.
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { SelectField } from "@/components/ui/select-field";
import type { moveUserAction } from "@/lib/admin/users/actions";
import { useForm } from "@/components/ui/use-form";

export function MoveUserForm({
  action,
  userId,
  organisations,
}: {
  action: typeof moveUserAction;
  userId: string;
  organisations: { value: string; label: string }[];
}) {
  const form = useForm(action, ["organisationId"]);
  return (
    <>
      <ErrorSummary items={form.summary} />
      <form action={form.formAction} noValidate className="max-w-2xl">
        <input type="hidden" name="id" value={userId} />
        <SelectField
          id="organisationId"
          name="organisationId"
          label="New organisation"
          options={organisations}
          placeholder="Select an organisation"
          defaultValue={form.values?.organisationId ?? ""}
          error={form.error("organisationId")}
        />
        <Button type="submit" disabled={form.pending}>
          Move user
        </Button>
      </form>
    </>
  );
}
