// Shown when someone else changed the barrier first: what it says now, beside what the user typed.
import type { ConflictChange } from "@/lib/forms/form-state";

export function BarrierConflictPanel({ changes }: { changes: ConflictChange[] }) {
  return (
    <section aria-labelledby="conflict-title" className="mb-8 border-l-[10px] border-[#f47738] bg-panel p-4">
      <h2 id="conflict-title" className="mb-2 text-2xl font-bold">
        Someone else changed this barrier
      </h2>
      {changes.length === 0 ? (
        <p>The fields on this form were not changed, but the barrier was. Check it, then save again.</p>
      ) : (
        <table className="w-full text-left">
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-4">What</th>
              <th scope="col" className="py-1 pr-4">Now saved</th>
              <th scope="col" className="py-1">What you typed or chose</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.label} className="border-t border-border align-top">
                <th scope="row" className="py-1 pr-4 font-normal">{c.label}</th>
                <td className="py-1 pr-4">{c.now}</td>
                <td className="py-1">{c.yours}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
