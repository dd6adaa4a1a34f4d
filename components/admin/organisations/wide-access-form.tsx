"use client";
// Which roles of an organisation see all of its cases (need-to-know's wider access).
import { Button } from "@/components/ui/button";
import { ChoiceGroup } from "@/components/ui/choice-group";
import { ErrorSummary } from "@/components/ui/error-summary";
import { useForm, type FormAction } from "@/components/ui/use-form";
import { wideAccessRoleChoices } from "@/lib/access/need-to-know";
import { roleLabels } from "@/lib/auth/roles";

type Values = { id: string; wideAccessRoles: string[]; updatedAt: string };

const choices = wideAccessRoleChoices.map((role) => ({ value: role, label: roleLabels[role] }));

export function WideAccessForm({ action, initial }: { action: FormAction<Values>; initial: Values }) {
  const form = useForm(action, ["wideAccessRoles"]);
  const values = form.values ?? initial;
  return (
    <>
      <ErrorSummary items={form.summary} />
      <form action={form.formAction} noValidate className="max-w-2xl">
        <input type="hidden" name="id" value={initial.id} />
        <input type="hidden" name="updatedAt" value={initial.updatedAt} />
        <ChoiceGroup
          id="wideAccessRoles"
          name="wideAccessRoles"
          legend="Which roles see all of the organisation's cases?"
          hint="Everyone else sees only the cases they are on, those of a neighbourhood whose team they work in, and those they supervise. Select none for need-to-know only."
          type="checkbox"
          choices={choices}
          selected={values.wideAccessRoles}
          error={form.error("wideAccessRoles")}
        />
        <Button type="submit" disabled={form.pending}>
          Save wider access
        </Button>
      </form>
    </>
  );
}
