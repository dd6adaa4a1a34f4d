"use client";
// What every barrier form shows above its fields after a failed save: the error summary, the
// conflict with someone else's change, and the personal-data warning.
import { ErrorSummary } from "@/components/ui/error-summary";
import type { ErrorSummaryItem } from "@/lib/forms/form-feedback";
import type { BarrierFormFailure } from "@/lib/barriers/barrier-form-state";
import { BarrierConflictPanel } from "./barrier-conflict-panel";
import { PersonalDataWarning } from "./personal-data-warning";

export function BarrierFormFeedback<V>({ failed, items }: { failed: BarrierFormFailure<V> | null; items: ErrorSummaryItem[] }) {
  return (
    <>
      <ErrorSummary items={items} />
      {failed?.conflict && <BarrierConflictPanel changes={failed.conflict} />}
      <PersonalDataWarning warnings={failed?.personalData} />
    </>
  );
}
