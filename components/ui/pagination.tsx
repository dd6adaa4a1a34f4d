// GOV.UK pagination: previous and next links keeping the current query string, and where we are.
import Link from "next/link";

type Props = {
  page: number;
  pageCount: number;
  /** Builds the link to a page (keeping filters). */
  hrefFor: (page: number) => string;
  label?: string;
};

export function Pagination({ page, pageCount, hrefFor, label = "Pages" }: Props) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mb-8 flex flex-wrap items-center gap-6">
      {page > 1 && (
        <Link href={hrefFor(page - 1)} rel="prev" className="font-bold">
          ← Previous<span className="sr-only"> page</span>
        </Link>
      )}
      <p>
        Page {page} of {pageCount}
      </p>
      {page < pageCount && (
        <Link href={hrefFor(page + 1)} rel="next" className="font-bold">
          Next<span className="sr-only"> page</span> →
        </Link>
      )}
    </nav>
  );
}
