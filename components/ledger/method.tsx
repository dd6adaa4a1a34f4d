// "How these figures are made": the GM cost–benefit method as the ledger applies it, with its
// formulas and caveats (the same text as lib/ledger/README.md). Shown on its own page and, in
// short, at the end of every evidence pack.
import { confidenceGrades, discountRate } from "@/lib/domain/cost-benefit";
import { formatBasisPoints } from "@/lib/domain/money";
import { smallCountMax } from "@/lib/domain/small-number-protection";

function Formula({ children }: { children: React.ReactNode }) {
  return <p className="mb-4 border-l-[5px] border-border bg-panel p-3 font-mono text-base">{children}</p>;
}

export function MethodSummary() {
  return (
    <>
      <p className="mb-4 max-w-3xl">
        The figures follow the Greater Manchester cost–benefit analysis model (GMCA research team, formerly New Economy), published by HM Treasury
        in 2014 as supplementary guidance to the Green Book (“Supporting public service transformation: cost benefit analysis guidance for
        local partnerships”). Costs are what pooled budgets spent on cases; benefits are what the outcomes recorded on those cases are
        worth, from the partnership’s table of unit costs.
      </p>
      <h3 className="mb-2 text-xl font-bold">Each outcome’s value</h3>
      <p className="mb-2 max-w-3xl">
        Every unit-cost line in force on the day an outcome was achieved gives a stream of value for the years it lasts. In year <i>y</i>{" "}
        (0 for the year the outcome was achieved):
      </p>
      <Formula>
        value(y) = value per year × (1 − deadweight) × attribution × (1 − optimism bias) ÷ shared between ÷ {1 + discountRate.percent / 100}^y
      </Formula>
      <ul className="mb-4 max-w-3xl list-disc space-y-1 pl-6">
        <li><b>Deadweight</b>: the share of outcomes that would have happened anyway.</li>
        <li><b>Attribution</b>: the share of the outcome due to this work rather than others’.</li>
        <li>
          <b>Optimism bias</b>: a correction by the confidence grade of the evidence behind the value (grade 1, best, to 6):{" "}
          {confidenceGrades.map((g) => `grade ${g.grade} ${formatBasisPoints(g.optimismBiasBasisPoints)}%`).join(", ")} by default.
        </li>
        <li><b>Discounting</b>: later years are worth less, at the Green Book rate of {discountRate.percent}% a year; the first year is not discounted.</li>
        <li><b>Gross</b> figures are the same streams discounted but before deadweight, attribution and optimism bias.</li>
        <li>Each year of each stream is rounded to the nearest penny (halves up); every total is a sum of those pennies, so every figure traces to its rows.</li>
      </ul>
      <h3 className="mb-2 text-xl font-bold">Who benefits</h3>
      <p className="mb-4 max-w-3xl">
        A fiscal value is credited to a named organisation, or to the organisations of a type (the council, the NHS trust, the police…) that
        serve the case’s place: the neighbourhood’s own choice for that type where it has one, otherwise its locality’s. Several organisations
        of one type share it equally. Economic value (to people and businesses) and social value (health and wellbeing) are not credited to any
        organisation. A change of unit cost applies from its date: outcomes achieved before it keep their value.
      </p>
      <h3 className="mb-2 text-xl font-bold">Returns and payback</h3>
      <Formula>fiscal return = net fiscal benefits ÷ spend · public value return = (net fiscal + net economic + net social) ÷ spend</Formula>
      <p className="mb-4 max-w-3xl">
        The <b>payback period</b> is when the net fiscal benefits, counted year by year from the year each outcome was achieved, first add up to
        the period’s spend (within a year as if the value came evenly). Where all the years together fall short, the place has{" "}
        <b>not yet paid back</b>. An organisation’s <b>share of the spend</b> is each budget’s spend in proportion to what it put into that budget;
        its <b>net position</b> is its net fiscal benefits less that share.
      </p>
      <h3 className="mb-2 text-xl font-bold">Caveats</h3>
      <ul className="mb-4 max-w-3xl list-disc space-y-1 pl-6">
        <li>Values are estimates from the unit-cost table, not cash moved between budgets; most fiscal benefits are costs avoided, not cashable savings.</li>
        <li>Outcomes are those recorded by workers; an outcome not recorded is not valued. Spend waiting for approval or declined is not counted.</li>
        <li>Benefits count in the month an outcome was achieved, for the whole of their life; spend counts in the month it was made.</li>
        <li>
          To protect people’s privacy, a figure resting on 1 to {smallCountMax} outcomes or spend entries is shown as “&lt;5”, and one that would give it
          away as “[c]”. Spend entries are purchases: one case can have several.
        </li>
      </ul>
    </>
  );
}
