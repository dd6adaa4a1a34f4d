// Radios or checkboxes in a fieldset with a legend (GOV.UK pattern). The first control gets
// the group's id so an error-summary link can move focus to it.
import { HintAndError } from "./field-shell";

export type Choice = { value: string; label: string; hint?: string };

type Props = {
  id: string;
  name: string;
  legend: string;
  type: "radio" | "checkbox";
  choices: Choice[];
  hint?: string;
  error?: string;
  /** Values checked initially. */
  selected?: readonly string[];
  inline?: boolean;
};

export function ChoiceGroup({ id, name, legend, type, choices, hint, error, selected = [], inline }: Props) {
  const described = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ");
  return (
    <div className={`mb-6 ${error ? "border-l-[5px] border-error pl-4" : ""}`}>
      <fieldset aria-describedby={described || undefined}>
        <legend className="mb-1 font-bold">{legend}</legend>
        <HintAndError id={id} hint={hint} error={error} />
        <div className={inline ? "flex flex-wrap gap-x-6 gap-y-2" : "space-y-2"}>
          {choices.map((choice, index) => {
            const choiceId = index === 0 ? id : `${id}-${index}`;
            return (
              <div key={choice.value} className="flex items-start gap-2">
                <input
                  id={choiceId}
                  type={type}
                  name={name}
                  value={choice.value}
                  defaultChecked={selected.includes(choice.value)}
                  aria-describedby={choice.hint ? `${choiceId}-hint` : undefined}
                  className="mt-1 h-6 w-6 shrink-0 accent-ink"
                />
                <label htmlFor={choiceId}>
                  {choice.label}
                  {choice.hint && (
                    <span id={`${choiceId}-hint`} className="block text-secondary-ink">
                      {choice.hint}
                    </span>
                  )}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
