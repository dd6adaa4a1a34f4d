// A panel for an outcome that carries more than one line — a one-time link to copy, an import's
// result — in the style of a GOV.UK notification banner, with ordinary text inside.
import type { ReactNode } from "react";

export function OutcomePanel({ title, children, tone = "success" }: { title: string; children: ReactNode; tone?: "success" | "neutral" }) {
  const colour = tone === "success" ? "border-success" : "border-brand";
  const heading = tone === "success" ? "bg-success" : "bg-brand";
  return (
    <div role="status" className={`mb-8 border-[5px] ${colour}`}>
      <h2 className={`${heading} px-4 py-1 text-xl font-bold text-white`}>{title}</h2>
      <div className="p-4">{children}</div>
    </div>
  );
}
