// The fields that describe a barrier, shared by raising and editing it.
import { ChoiceGroup } from "@/components/ui/choice-group";
import { SelectField, type Option } from "@/components/ui/select-field";
import { TextArea } from "@/components/ui/text-area";
import { TextField } from "@/components/ui/text-field";
import { barrierCategoryLabels } from "@/lib/barriers/labels";
import type { DescribedValues } from "@/lib/barriers/form-values";
import type { BarrierCategory } from "@/lib/generated/prisma/enums";

const categoryHints: Partial<Record<BarrierCategory, string>> = {
  RULE: "A policy, procedure, eligibility rule or contract term",
  SYSTEM: "A computer system people cannot open, or that does not talk to another",
  BUDGET: "Money that cannot be spent where it is needed",
  DATA_SHARING: "Information that cannot be shared, or is not",
  WORKFORCE: "Staffing, rotas, targets, roles or training",
  PREMISES: "Buildings, rooms, opening hours",
};

const categoryChoices = (Object.keys(barrierCategoryLabels) as BarrierCategory[]).map((value) => ({
  value,
  label: barrierCategoryLabels[value],
  hint: categoryHints[value],
}));

export const describedFieldOrder = ["title", "description", "effect", "category", "organisationIds"] as const;

type Props = { values: Partial<DescribedValues>; organisations: Option[]; error: (field: string) => string | undefined };

export function DescribedFields({ values, organisations, error }: Props) {
  const chosen = values.organisationIds ?? [];
  return (
    <>
      <TextField id="title" name="title" label="Title" hint="A few words, like ‘Housing officers may not share a new address’" defaultValue={values.title} error={error("title")} maxLength={150} />
      <TextArea
        id="description"
        name="description"
        label="What happens"
        hint="The rule, system or budget line and how it gets in the way. Describe the system, not the person: no names, dates of birth, NHS numbers or addresses."
        rows={5}
        defaultValue={values.description}
        error={error("description")}
      />
      <TextArea id="effect" name="effect" label="Effect on people and services" hint="What it means for the people you support and for the services involved." rows={4} defaultValue={values.effect} error={error("effect")} />
      <ChoiceGroup id="category" name="category" legend="What kind of barrier is it?" type="radio" choices={categoryChoices} selected={values.category ? [values.category] : []} error={error("category")} />
      <fieldset className={`mb-6 ${error("organisationIds") ? "border-l-[5px] border-error pl-4" : ""}`} aria-describedby={`organisationIds-hint${error("organisationIds") ? " organisationIds-error" : ""}`}>
        <legend className="mb-1 font-bold">Whose rule, system or budget is it?</legend>
        <p id="organisationIds-hint" className="mb-2 text-secondary-ink">
          Up to three organisations.
        </p>
        {error("organisationIds") && (
          <p id="organisationIds-error" className="mb-2 font-bold text-error">
            <span className="sr-only">Error: </span>
            {error("organisationIds")}
          </p>
        )}
        {[0, 1, 2].map((i) => (
          <SelectField
            key={i}
            id={i === 0 ? "organisationIds" : `organisationIds-${i + 1}`}
            name="organisationIds"
            label={i === 0 ? "Organisation" : i === 1 ? "Second organisation (optional)" : "Third organisation (optional)"}
            placeholder={i === 0 ? "Choose an organisation" : "None"}
            options={organisations}
            defaultValue={chosen[i] ?? ""}
          />
        ))}
      </fieldset>
    </>
  );
}
