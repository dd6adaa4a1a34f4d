// Says what the protection markers in the table just above mean ("<5", "[c]", "about …"),
// only those it shows, so a reader never has to look elsewhere to understand a hidden figure.
import { proportionStep, roundedProportionMinimum, smallCountMax, type Protection, type ShownCount } from "@/lib/domain/small-number-protection";

const meanings: Record<Exclude<Protection, null>, string> = {
  small: `“<5” is a count from 1 to ${smallCountMax}, hidden so that nobody can be recognised from it.`,
  protected:
    "“[c]” is hidden because, with the figures around it (such as a total and its other parts), it would give a small count away; a rate worked out from a hidden count is hidden too.",
  rounded: `“about” marks a percentage worked out from a hidden count and rounded to the nearest ${Math.round(
    (proportionStep(2 * roundedProportionMinimum) ?? 0) * 100,
  )}% (${Math.round((proportionStep(roundedProportionMinimum) ?? 0) * 100)}% under ${2 * roundedProportionMinimum} referrals answered), so the counts behind it stay hidden.`,
};

export function ProtectionKey({ values }: { values: readonly (ShownCount | undefined)[] }) {
  const present = (Object.keys(meanings) as Exclude<Protection, null>[]).filter((p) => values.some((v) => v?.protection === p));
  if (present.length === 0) return null;
  return (
    <div className="mb-4 max-w-3xl text-base text-secondary-ink">
      {present.map((p) => (
        <p key={p} className="mb-1">
          {meanings[p]}
        </p>
      ))}
    </div>
  );
}
