// GOV.UK-style table parts: a caption, header cells with scope, ruled rows.
import type { ReactNode, TdHTMLAttributes, ThHTMLAttributes } from "react";

export function Table({ caption, children }: { caption: ReactNode; children: ReactNode }) {
  return (
    <div className="overflow-x-auto">
      <table className="mb-8 w-full border-collapse text-left text-base">
        <caption className="mb-3 text-left text-2xl font-bold">{caption}</caption>
        {children}
      </table>
    </div>
  );
}

export function Th({ className = "", ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th className={`border-b border-border py-2 pr-4 align-bottom font-bold ${className}`} {...props} />;
}

export function Td({ className = "", ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={`border-b border-border py-2 pr-4 align-top ${className}`} {...props} />;
}
