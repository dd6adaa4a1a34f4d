"use client";
// Uploading a unit-cost CSV: all or nothing, every problem listed row by row.
import { useActionState } from "react";
import { ImportProblems } from "@/components/admin/import/import-problems";
import { Button } from "@/components/ui/button";
import { NotificationBanner } from "@/components/ui/notification-banner";
import type { UnitCostImport } from "@/lib/ledger/unit-costs/import-unit-costs";

type Action = (state: UnitCostImport | null, formData: FormData) => Promise<UnitCostImport | null>;

export function UnitCostImportForm({ action }: { action: Action }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <>
      {state?.ok === false && <ImportProblems errors={state.errors} rowCount={Math.max(1, new Set(state.errors.map((e) => e.row)).size)} />}
      {state?.ok && <NotificationBanner>{state.imported} unit-cost rows imported; {state.revalued} outcomes re-valued</NotificationBanner>}
      <form action={formAction} className="mb-10">
        <div className="mb-6">
          <label htmlFor="file" className="mb-1 block font-bold">CSV file</label>
          <p id="file-hint" className="mb-2 text-secondary-ink">Smaller than 2 MB, with a first row naming the columns below</p>
          <input id="file" name="file" type="file" accept=".csv,text/csv" aria-describedby="file-hint" className="block" />
        </div>
        <Button type="submit" disabled={pending}>Import unit costs</Button>
      </form>
    </>
  );
}
