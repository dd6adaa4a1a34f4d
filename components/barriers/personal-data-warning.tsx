"use client";
// The warning before saving text that looks like personal data: what was found, where, a link
// to change each, and the choice to save anyway (a button at the end of the form). It takes
// focus when it appears, like the error summary.
import { useEffect, useRef } from "react";
import { WarningText } from "@/components/ui/warning-text";
import type { PersonalDataWarning as Warning } from "@/lib/barriers/barrier-form-state";
import { personalDataKindLabels } from "@/lib/domain/personal-data";

export function PersonalDataWarning({ warnings }: { warnings: Warning[] | null | undefined }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (warnings?.length) ref.current?.focus();
  }, [warnings]);
  if (!warnings?.length) return null;
  return (
    <section
      ref={ref}
      tabIndex={-1}
      aria-labelledby="personal-data-title"
      className="mb-8 border-[5px] border-[#f47738] p-4 focus:outline-[3px] focus:outline-focus"
    >
      <h2 id="personal-data-title" className="mb-3 text-2xl font-bold">
        Check for personal data
      </h2>
      <WarningText>Everyone in the partnership can read barriers. What you typed looks like it contains personal data.</WarningText>
      <ul className="mb-4 list-disc space-y-1 pl-6">
        {warnings.flatMap((w) =>
          w.findings.map((f) => (
            <li key={`${w.field}-${f.kind}-${f.text}`}>
              {w.label}: {personalDataKindLabels[f.kind]} (“{f.text}”).{" "}
              <a href={`#${w.field}`}>
                Change it<span className="sr-only"> in {w.label}</span>
              </a>
            </li>
          )),
        )}
      </ul>
      <p>
        Describe the rule, system or budget rather than the person. If it is not personal data, choose “Save anyway” at the end
        of the form.
      </p>
    </section>
  );
}
