// GOV.UK warning text: something the user must know before they go on (never colour alone).
import type { ReactNode } from "react";

export function WarningText({ children }: { children: ReactNode }) {
  return (
    <div className="mb-6 flex items-start gap-3">
      <span aria-hidden="true" className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-ink text-xl font-bold text-white">
        !
      </span>
      <strong className="pt-0.5 font-bold">
        <span className="sr-only">Warning: </span>
        {children}
      </strong>
    </div>
  );
}
