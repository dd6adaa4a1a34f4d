// Shown when someone else saved the case first: what they changed, beside what the user typed.
import type { ConflictChange } from "@/lib/forms/form-state";

export function ConflictPanel({ changes, record = "case" }: { changes: ConflictChange[]; record?: "case" | "person" }) {
  return (
    <section aria-labelledby="conflict-title" className="mb-8 border-l-[10px] border-[#f47738] bg-panel p-4">
      <h2 id="conflict-title" className="mb-2 text-2xl font-bold">
        {record === "person" ? "Someone else changed this person's details" : "Someone else changed this case"}
      </h2>
      {changes.length === 0 ? (
        <p>The fields on this form were not changed, but the {record === "person" ? "person's record" : "case"} was. Check it, then save again.</p>
      ) : (
        <table className="w-full text-left">
          <thead>
            <tr>
              <th scope="col" className="py-1 pr-4">Field</th>
              <th scope="col" className="py-1 pr-4">Now saved</th>
              <th scope="col" className="py-1">What you typed</th>
            </tr>
          </thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.label} className="border-t border-border">
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
