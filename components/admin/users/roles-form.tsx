"use client";
// Changing a user's roles and, for a locality lead, the areas they lead.
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { changeUserRolesAction } from "@/lib/admin/users/actions";
import type { LeadAreaOptions } from "@/lib/admin/users/queries";
import { useForm } from "@/components/ui/use-form";
import { RoleFields } from "./role-fields";

export function RolesForm({
  action,
  userId,
  areas,
  roles,
  leadAreas,
  supervisedAreas,
}: {
  action: typeof changeUserRolesAction;
  userId: string;
  areas: LeadAreaOptions;
  roles: string[];
  leadAreas: string[];
  supervisedAreas: string[];
}) {
  const form = useForm(action, ["roles", "leadAreas", "supervisedAreas"]);
  return (
    <>
      <ErrorSummary items={form.summary} />
      <form action={form.formAction} noValidate className="max-w-3xl">
        <input type="hidden" name="id" value={userId} />
        <RoleFields
          areas={areas}
          roles={form.values?.roles ?? roles}
          leadAreas={form.values?.leadAreas ?? leadAreas}
          rolesError={form.error("roles")}
          areasError={form.error("leadAreas")}
          supervisedAreas={form.values?.supervisedAreas ?? supervisedAreas}
          supervisedError={form.error("supervisedAreas")}
        />
        <Button type="submit" disabled={form.pending}>
          Save roles
        </Button>
      </form>
    </>
  );
}
