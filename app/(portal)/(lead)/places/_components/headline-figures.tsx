// The place's key figures for the period, grouped as a lead reads them: demand, working
// together, delivery.
import { figureLabels } from "@/lib/dashboards/comparison";
import type { FigureKey, PlaceFigures } from "@/lib/dashboards/dashboard-types";
import { ProtectionKey } from "./protection-key";

const groups: { title: string; keys: FigureKey[] }[] = [
  { title: "Demand", keys: ["openCases", "newCases", "closedCases", "newPer1000", "openPer1000"] },
  {
    title: "Working together",
    keys: ["organisationsPerCase", "referralsSent", "acceptanceRate", "medianResponse", "medianFirstContact"],
  },
  { title: "Delivery", keys: ["actionsOverdue", "outcomesAchieved"] },
];

export function HeadlineFigures({ figures }: { figures: PlaceFigures }) {
  return (
    <div className="mb-2 space-y-6">
      {groups.map((group) => (
        <section key={group.title} aria-labelledby={`figures-${group.title}`}>
          <h3 id={`figures-${group.title}`} className="mb-3 text-xl font-bold">
            {group.title}
          </h3>
          <dl className="grid grid-cols-1 gap-4 sm:grid-cols-2 md:grid-cols-3 lg:grid-cols-5">
            {group.keys.map((key) => (
              <div key={key} className="flex flex-col-reverse justify-end border-t-[5px] border-brand bg-panel p-3">
                <dt className="text-base">{figureLabels[key]}</dt>
                <dd className="mb-1 text-3xl font-bold">{figures[key].display}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <ProtectionKey values={Object.values(figures)} />
    </div>
  );
}
