"use client";
// Changes one barrier action's status in place (works without JavaScript as an ordinary post).
import { useActionState } from "react";
import type { BarrierFormState } from "@/lib/barriers/barrier-form-state";
import type { BarrierActionStatusValues } from "@/lib/barriers/update-barrier-action";

const statuses = [
  { value: "OPEN", label: "Open" },
  { value: "IN_PROGRESS", label: "In progress" },
  { value: "DONE", label: "Done" },
  { value: "CANCELLED", label: "Cancelled" },
];

type Action = (state: BarrierFormState<BarrierActionStatusValues>, formData: FormData) => Promise<BarrierFormState<BarrierActionStatusValues>>;

export function BarrierActionStatusForm({ action, actionId, status, description }: { action: Action; actionId: string; status: string; description: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const id = `action-status-${actionId}`;
  const short = description.length > 60 ? `${description.slice(0, 60)}…` : description;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="actionId" value={actionId} />
      <label htmlFor={id} className="sr-only">
        Status of “{short}”
      </label>
      <select id={id} name="status" defaultValue={status} className="border-2 border-ink bg-white p-1">
        {statuses.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending} className="cursor-pointer bg-panel px-2 py-1 font-semibold shadow-[0_2px_0_#929191]">
        Update<span className="sr-only"> status of “{short}”</span>
      </button>
      {state && !state.ok && state.formError && <p className="w-full font-bold text-error">{state.formError}</p>}
    </form>
  );
}
