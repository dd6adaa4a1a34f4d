"use client";
// Changing a user's roles and, for a locality lead, the areas they lead.
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/ui/error-summary";
import type { changeUserRolesAction } from "@/lib/admin/users/actions";
import type { LeadAreaOptions } from "@/lib/admin/users/queries";
import { useAdminForm } from "../use-admin-form";
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
  const form = useAdminForm(action, ["roles", "leadAreas", "supervisedAreas"]);
  return (
    <>
      <ErrorSummary items={form.summary} />
      <form action={form.formAction} noValidate className="max-w-3xl">
        <input type="hidden" name="id" value={userId} />
        <RoleFields
          areas={areas}
          roles={form.typed?.roles ?? roles}
          leadAreas={form.typed?.leadAreas ?? leadAreas}
          rolesError={form.error("roles")}
          areasError={form.error("leadAreas")}
          supervisedAreas={form.typed?.supervisedAreas ?? supervisedAreas}
          supervisedError={form.error("supervisedAreas")}
        />
        <Button type="submit" disabled={form.pending}>
          Save roles
        </Button>
      </form>
    </>
  );
}
