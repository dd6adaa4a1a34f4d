"use client";
// Adding a person to a team by their email address, with their role in the team.
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import { TextField } from "@/components/ui/text-field";
import type { addTeamMemberAction } from "@/lib/admin/teams/actions";
import { useForm } from "@/components/ui/use-form";

export function AddMemberForm({ action, teamId }: { action: typeof addTeamMemberAction; teamId: string }) {
  const form = useForm(action, ["email", "roleInTeam"]);
  return (
    <>
      <ErrorSummary items={form.summary} />
      <form action={form.formAction} noValidate className="max-w-2xl">
        <input type="hidden" name="teamId" value={teamId} />
        <TextField
          id="email"
          name="email"
          type="email"
          label="Email address of the person"
          hint="They can work for any member organisation"
          spellCheck={false}
          autoComplete="off"
          defaultValue={form.values?.email ?? ""}
          error={form.error("email")}
        />
        <TextField
          id="roleInTeam"
          name="roleInTeam"
          label="Role in the team (optional)"
          hint="For example, Team leader, or their job title if it says enough"
          defaultValue={form.values?.roleInTeam ?? ""}
          error={form.error("roleInTeam")}
        />
        <Button type="submit" variant="secondary" disabled={form.pending}>
          Add to team
        </Button>
      </form>
    </>
  );
}
