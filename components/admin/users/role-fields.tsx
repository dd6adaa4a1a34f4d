// Roles as checkboxes, and for a locality lead the areas led: whole localities, or single
// neighbourhoods (in a section that opens when any is chosen).
import { ChoiceGroup } from "@/components/ui/choice-group";
import { roleLabels } from "@/lib/auth/roles";
import type { LeadAreaOptions } from "@/lib/admin/users/queries";

const roleHints = {
  FRONTLINE_WORKER: "Works shared cases for their organisation",
  LOCALITY_LEAD: "Sees dashboards of the localities or neighbourhoods chosen below",
  PARTNERSHIP_ADMIN: "Manages organisations, users, teams, geography and agreements; reads the audit trail",
  SUPERVISOR: "Team manager: oversees the cases of their teams' workers",
  BUDGET_HOLDER: "Manages the pooled budgets of their places and approves spend above the threshold",
  BOARD_MEMBER: "Acts on barriers escalated to the partnership board",
  DATA_PROTECTION_OFFICER: "Answers subject access requests and handles retention and erasure for their organisation",
} as const;

const roleChoices = (Object.keys(roleLabels) as (keyof typeof roleLabels)[]).map((role) => ({
  value: role,
  label: roleLabels[role],
  hint: roleHints[role],
}));

export function RoleFields({
  areas,
  roles,
  leadAreas,
  rolesError,
  areasError,
}: {
  areas: LeadAreaOptions;
  roles: readonly string[];
  leadAreas: readonly string[];
  rolesError?: string;
  areasError?: string;
}) {
  const neighbourhoodChosen = leadAreas.some((a) => a.startsWith("neighbourhood:"));
  return (
    <>
      <ChoiceGroup id="roles" name="roles" legend="Roles" type="checkbox" choices={roleChoices} selected={roles} error={rolesError} />
      <ChoiceGroup
        id="leadAreas"
        name="leadAreas"
        legend="Localities led or whose budgets are held (locality leads and budget holders only)"
        hint="A locality lead sees dashboards, and a budget holder holds the pooled budgets, for every neighbourhood in the localities chosen here, and for any single neighbourhoods chosen below."
        type="checkbox"
        inline
        choices={areas.localities.map((l) => ({ value: `locality:${l.id}`, label: l.name }))}
        selected={leadAreas}
        error={areasError}
      />
      <details open={neighbourhoodChosen} className="mb-6">
        <summary className="mb-4 cursor-pointer text-link underline">Choose single neighbourhoods instead</summary>
        <div className="border-l-4 border-border pl-4">
          {areas.localities.map((l, i) => (
            <ChoiceGroup
              key={l.id}
              id={`leadAreas-neighbourhoods-${i}`}
              name="leadAreas"
              legend={`Neighbourhoods in ${l.name}`}
              type="checkbox"
              choices={l.neighbourhoods.map((n) => ({ value: `neighbourhood:${n.id}`, label: `${n.name} (${n.code})` }))}
              selected={leadAreas}
            />
          ))}
        </div>
      </details>
    </>
  );
}
