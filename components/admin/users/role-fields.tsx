// Roles as checkboxes, and for a locality lead the areas led: whole localities, or single
// neighbourhoods (in a section that opens when any is chosen).
import { ChoiceGroup } from "@/components/ui/choice-group";
import { roleLabels } from "@/lib/auth/roles";
import type { LeadAreaOptions } from "@/lib/admin/users/queries";

const roleHints = {
  FRONTLINE_WORKER: "Works shared cases for their organisation",
  LOCALITY_LEAD: "Sees dashboards of the localities or neighbourhoods chosen below",
  PARTNERSHIP_ADMIN: "Manages organisations, users, teams, geography and agreements; reads the audit trail",
  SUPERVISOR: "Team lead: oversees the cases of their teams' workers, and acts on their neighbourhoods' barriers (choose the teams below)",
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
  supervisedAreas = [],
  supervisedError,
}: {
  areas: LeadAreaOptions;
  roles: readonly string[];
  leadAreas: readonly string[];
  rolesError?: string;
  areasError?: string;
  supervisedAreas?: readonly string[];
  supervisedError?: string;
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
      <SupervisedAreaFields areas={areas} selected={supervisedAreas} error={supervisedError} />
    </>
  );
}

/** For a supervisor (team lead): the teams they lead, or every team of a neighbourhood. */
function SupervisedAreaFields({ areas, selected, error }: { areas: LeadAreaOptions; selected: readonly string[]; error?: string }) {
  const withTeams = areas.localities.map((l) => ({ ...l, neighbourhoods: l.neighbourhoods.filter((n) => n.teams.length > 0) })).filter((l) => l.neighbourhoods.length > 0);
  return (
    <details open={selected.length > 0 || Boolean(error)} className="mb-6">
      <summary id="supervisedAreas" tabIndex={-1} className="mb-4 cursor-pointer text-link underline">
        Teams led (supervisors only)
      </summary>
      {error && (
        <p className="mb-2 font-bold text-error">
          <span className="sr-only">Error: </span>
          {error}
        </p>
      )}
      <div className={`border-l-4 pl-4 ${error ? "border-error" : "border-border"}`}>
        {withTeams.map((l, i) => (
          <ChoiceGroup
            key={l.id}
            id={`supervisedAreas-${i}`}
            name="supervisedAreas"
            legend={`Teams in ${l.name}`}
            type="checkbox"
            choices={l.neighbourhoods.flatMap((n) => [
              { value: `neighbourhood:${n.id}`, label: `Every team in ${n.name} (${n.code})` },
              ...n.teams.map((t) => ({ value: `team:${t.id}`, label: t.name })),
            ])}
            selected={selected}
          />
        ))}
      </div>
    </details>
  );
}
