// The way from a place dashboard to the same place's "who invests and who saves".
import Link from "next/link";

export function LedgerDashboardLink({ placeHref, period }: { placeHref: string; period: { from: string; to: string } }) {
  const href = `${placeHref.replace(/^\/places/, "/ledger")}?${new URLSearchParams(period).toString()}`;
  return (
    <p className="mb-10 max-w-3xl border-l-[5px] border-brand bg-panel p-3">
      <Link href={href} className="font-bold">Who invests and who saves</Link>: pooled-budget spend in this place, the savings its outcomes are worth to each partner, and the return on investment.
    </p>
  );
}
