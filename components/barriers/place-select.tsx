// Where a barrier is met: a neighbourhood, or a whole locality, grouped by locality.
import { describedBy, FieldShell } from "@/components/ui/field-shell";

export type PlaceOptions = { id: string; name: string; neighbourhoods: { id: string; name: string; code: string }[] }[];

type Props = { id: string; name: string; label: string; hint?: string; error?: string; places: PlaceOptions; defaultValue?: string };

export function PlaceSelect({ id, name, label, hint, error, places, defaultValue }: Props) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select
        id={id}
        name={name}
        defaultValue={defaultValue ?? ""}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        className={`block min-w-[12rem] max-w-full border-2 ${error ? "border-error" : "border-ink"} bg-white p-2`}
      >
        <option value="">Choose a neighbourhood or locality</option>
        {places.map((l) => (
          <optgroup key={l.id} label={l.name}>
            {l.neighbourhoods.map((n) => (
              <option key={n.id} value={`neighbourhood:${n.id}`}>
                {n.name} ({n.code})
              </option>
            ))}
            <option value={`locality:${l.id}`}>The whole of {l.name}</option>
          </optgroup>
        ))}
      </select>
    </FieldShell>
  );
}
