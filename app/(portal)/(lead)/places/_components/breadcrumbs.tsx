// GOV.UK breadcrumbs up the place hierarchy, only to the pages the viewer may open.
import Link from "next/link";
import type { PlaceRef } from "@/lib/dashboards/dashboard-types";

export function Breadcrumbs({ parents }: { parents: PlaceRef[] }) {
  if (parents.length === 0) return null;
  return (
    <nav aria-label="Breadcrumb" className="mb-6">
      <ol className="flex flex-wrap gap-2 text-base">
        {parents.map((p, i) => (
          <li key={p.id} className="flex gap-2">
            {i > 0 && <span aria-hidden="true">›</span>}
            <Link href={p.href}>{p.level === "partnership" ? "All places" : p.name}</Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
