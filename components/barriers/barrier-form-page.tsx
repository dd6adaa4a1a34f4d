// The frame of every barrier form page: back link, the barrier as caption, the heading, and —
// when the policy refuses the change — its reason instead of the form.
import { BackLink } from "@/components/ui/back-link";
import type { BarrierFormContext } from "@/lib/barriers/barrier-form-context";

export function BarrierFormPage({ context, title, children }: { context: BarrierFormContext; title: string; children: React.ReactNode }) {
  return (
    <div className="max-w-3xl">
      <BackLink href={`/barriers/${context.id}`}>Back to the barrier</BackLink>
      <p className="mb-1 text-xl text-secondary-ink">
        {context.reference}: {context.title}
      </p>
      <h1 className="mb-8 text-4xl font-bold">{title}</h1>
      {context.allowed ? (
        children
      ) : (
        <div className="border-l-[10px] border-[#f47738] bg-panel p-4">
          <p className="font-bold">You cannot do this with this barrier.</p>
          <p>Reason: {context.refusal}.</p>
        </div>
      )}
    </div>
  );
}
