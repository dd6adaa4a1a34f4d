"use client";
// Changes one action's status in place (works without JavaScript as an ordinary form post).
import { useActionState } from "react";
import type { ActionStatusValues } from "@/lib/cases/update-action-status";
import type { FormState } from "@/lib/forms/form-state";

const statuses = [
  { value: "OPEN", label: "Open" },
  { value: "IN_PROGRESS", label: "In progress" },
  { value: "DONE", label: "Done" },
  { value: "CANCELLED", label: "Cancelled" },
];

type Action = (state: FormState<ActionStatusValues>, formData: FormData) => Promise<FormState<ActionStatusValues>>;

export function ActionStatusForm({ action, actionId, status, description }: { action: Action; actionId: string; status: string; description: string }) {
  const [state, formAction, pending] = useActionState(action, null);
  const id = `status-${actionId}`;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="actionId" value={actionId} />
      <label htmlFor={id} className="sr-only">
        Status of “{description.slice(0, 60)}”
      </label>
      <select id={id} name="status" defaultValue={status} className="border-2 border-ink bg-white p-1">
        {statuses.map((s) => (
          <option key={s.value} value={s.value}>
            {s.label}
          </option>
        ))}
      </select>
      <button type="submit" disabled={pending} className="cursor-pointer bg-panel px-2 py-1 font-semibold shadow-[0_2px_0_#929191]">
        Update<span className="sr-only"> status of “{description.slice(0, 60)}”</span>
      </button>
      {state && !state.ok && state.formError && <p className="w-full font-bold text-error">{state.formError}</p>}
    </form>
  );
}
