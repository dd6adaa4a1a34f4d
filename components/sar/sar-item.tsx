// One gathered item of a subject access request: its title and its facts.
import type { SarItem } from "@/lib/sar/sar-items";

export function SarItemFacts({ item, level = 4 }: { item: SarItem; level?: 3 | 4 }) {
  const Heading = level === 3 ? "h3" : "h4";
  return (
    <>
      <Heading className="font-bold">{item.title}</Heading>
      <dl className="grid grid-cols-1 gap-x-4 sm:grid-cols-4">
        {item.lines.map((line, i) => (
          <div key={i} className="contents">
            <dt className="text-secondary-ink">{line.label}</dt>
            <dd className="whitespace-pre-wrap sm:col-span-3">{line.value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
