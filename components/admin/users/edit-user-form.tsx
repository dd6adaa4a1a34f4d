"use client";
// Changing a user's name, email address and job title.
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import type { updateUserAction } from "@/lib/admin/users/actions";
import type { EditUserInput } from "@/lib/admin/users/schemas";
import { useForm } from "@/components/ui/use-form";

export function EditUserForm({ action, initial }: { action: typeof updateUserAction; initial: EditUserInput }) {
  const form = useForm(action, ["name", "email", "jobTitle"]);
  const values = form.values ?? initial;
  return (
    <>
      <ErrorSummary items={form.summary} />
      <form action={form.formAction} noValidate className="max-w-2xl">
        <input type="hidden" name="id" value={initial.id} />
        <input type="hidden" name="updatedAt" value={initial.updatedAt} />
        <TextField id="name" name="name" label="Full name" autoComplete="off" defaultValue={values.name} error={form.error("name")} />
        <TextField
          id="email"
          name="email"
          label="Email address"
          type="email"
          autoComplete="off"
          spellCheck={false}
          defaultValue={values.email}
          error={form.error("email")}
        />
        <TextField id="jobTitle" name="jobTitle" label="Job title (optional)" defaultValue={values.jobTitle ?? ""} error={form.error("jobTitle")} />
        <Button type="submit" disabled={form.pending}>
          Save changes
        </Button>
      </form>
    </>
  );
}
