// How the figures are made, in plain English: what each counts, how small numbers are
// protected, and how medians are worked out.
import { roundedProportionMinimum, smallCountMax } from "@/lib/domain/small-number-protection";

export function AboutFigures() {
  return (
    <details className="mb-10 border-l-[5px] border-border pl-4" id="about-figures">
      <summary className="cursor-pointer text-lg font-bold text-link underline">How these figures are made</summary>
      <div className="mt-4 max-w-3xl space-y-4">
        <h2 className="text-2xl font-bold">Protecting people in small numbers</h2>
        <p>
          So that nobody can be recognised from a figure, a count from 1 to {smallCountMax} is shown as “&lt;5”. Where the
          other figures would give that count away — for example a locality’s total minus its other neighbourhoods, or a
          period’s total minus its other months — the next smallest count in that group is hidden too, and shown as “[c]”.
          A rate, average or median worked out from a hidden count is not shown either (“[c]”), with one exception: the
          share of referrals accepted is worked out from the real counts and, over at least {roundedProportionMinimum}{" "}
          answered referrals, shown rounded — “about 85%” — to the nearest 5% ({2 * roundedProportionMinimum} or more
          answered) or 10%, so coarsely that it never tells which of at least two possible counts lies behind it. Never
          when a count behind it is from 1 to {smallCountMax}. “–” means there was nothing to work it out from.
          Downloads hold exactly what the page shows.
        </p>
        <p>
          Every page hides a figure the same way for the same period and theme: neighbourhoods are checked together with
          their locality, and localities with each other. Open cases are shown for the end of the period, not month by
          month, because monthly open cases next to monthly new and closed cases would reveal small numbers.
        </p>
        <h2 className="text-2xl font-bold">What is counted</h2>
        <ul className="list-disc space-y-2 pl-6">
          <li>New cases: shared cases opened in the period. Closed cases: cases closed in the period. Open cases: cases not closed at the end of the period.</li>
          <li>Per 1,000 residents: the count divided by the place’s resident population, times 1,000.</li>
          <li>Organisations involved per new case: organisations that have been in the team around the person of the cases opened in the period, on average.</li>
          <li>Referrals: referrals sent in the period, by what has happened to them since. Accepted, of those answered: accepted divided by accepted and declined.</li>
          <li>Actions overdue: actions not done or cancelled whose due date is before today, whatever the period.</li>
          <li>Outcomes: outcomes recorded as achieved in the period.</li>
          <li>With a theme chosen, every figure counts only cases with that theme among their needs.</li>
        </ul>
        <h2 className="text-2xl font-bold">Medians</h2>
        <p>
          Times (to answer a referral, from a case opening to first contact) are kept as counts in time bands: hour by hour
          for the first day, then three-hourly to three days, twelve-hourly to a week, daily to four weeks and weekly to 13
          weeks. The median is read from those bands, so it is within one band of the exact median — within an hour for
          anything under a day. A median from fewer than 5 times is not shown.
        </p>
      </div>
    </details>
  );
}
