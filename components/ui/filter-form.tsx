// A list's filters as a GET form (so a filtered list is a link): fields side by side, then
// "Apply filters" and, once something is filtered, a way back to the whole list.
import Link from "next/link";
import type { ReactNode } from "react";
import { Button } from "@/components/ui/button";

export function FilterForm({
  label,
  clearHref,
  filtered,
  children,
}: {
  label: string;
  clearHref: string;
  filtered: boolean;
  children: ReactNode;
}) {
  return (
    <form method="get" role="search" aria-label={label} className="mb-8 bg-panel p-4">
      <div className="flex flex-wrap items-end gap-x-6">{children}</div>
      <div className="flex items-center gap-6">
        <Button type="submit" variant="secondary">
          Apply filters
        </Button>
        {filtered && <Link href={clearHref}>Clear filters</Link>}
      </div>
    </form>
  );
}
