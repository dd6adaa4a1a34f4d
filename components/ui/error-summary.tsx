"use client";
// GOV.UK error summary: a list of what went wrong, each linked to its field; it takes focus
// when it appears so screen-reader and keyboard users hear it at once.
import { useEffect, useRef } from "react";

import type { ErrorSummaryItem } from "@/lib/forms/form-feedback";

export function ErrorSummary({ items }: { items: ErrorSummaryItem[] }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (items.length > 0) ref.current?.focus();
  }, [items]);
  if (items.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-labelledby="error-summary-title"
      className="mb-8 border-[5px] border-error p-4 focus:outline-[3px] focus:outline-focus"
    >
      <h2 id="error-summary-title" className="mb-3 text-2xl font-bold">
        There is a problem
      </h2>
      <ul className="space-y-1">
        {items.map((item) => (
          <li key={`${item.fieldId ?? "form"}-${item.message}`}>
            {item.fieldId ? (
              <a href={`#${item.fieldId}`} className="font-bold text-error! visited:text-error">
                {item.message}
              </a>
            ) : (
              <span className="font-bold text-error">{item.message}</span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
