// The ledger's figures as tables: headline returns, who invests and who saves (per organisation
// or type), cost per outcome by intervention, outcomes by type, and the monthly trend.
import { Table, Td, Th } from "@/components/ui/table";
import type { LedgerFigures, PartyRow } from "@/lib/ledger/build-ledger";

const num = "text-right tabular-nums";

export function LedgerHeadline({ totals }: { totals: LedgerFigures["totals"] }) {
  const items = [
    { label: "Spent on cases", value: totals.spent.display },
    { label: "Fiscal benefits (net)", value: totals.netFiscal.display },
    { label: "Fiscal return for every £1 spent", value: totals.fiscalRoi.display },
    { label: "Public value return for every £1 spent", value: totals.publicValueRoi.display },
    { label: "Payback period", value: totals.payback.display },
    { label: "Outcomes valued", value: totals.outcomes.display },
  ];
  return (
    <dl className="mb-4 grid grid-cols-1 gap-4 sm:grid-cols-2 md:grid-cols-3">
      {items.map((item) => (
        <div key={item.label} className="flex flex-col-reverse justify-end border-t-[5px] border-brand bg-panel p-3">
          <dt className="text-base">{item.label}</dt>
          <dd className="mb-1 text-3xl font-bold">{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function PublicValueTable({ totals, caption }: { totals: LedgerFigures["totals"]; caption: string }) {
  const rows = [
    ["Fiscal (savings to public bodies), gross", totals.grossFiscal],
    ["Fiscal, net of deadweight, attribution and optimism bias", totals.netFiscal],
    ["Economic (to people and businesses), net", totals.netEconomic],
    ["Social (health and wellbeing), net", totals.netSocial],
    ["Public value (fiscal, economic and social), net", totals.netPublicValue],
    ["Contributed to the pooled budgets in the period", totals.contributed],
    ["Spent on cases in the period", totals.spent],
  ] as const;
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th scope="col">Figure</Th>
          <Th scope="col" className={num}>Amount</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <Th scope="row" className="font-normal">{label}</Th>
            <Td className={num}>{value.display}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

export function PartyTable({ rows, caption, first }: { rows: PartyRow[]; caption: string; first: string }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th scope="col">{first}</Th>
          <Th scope="col" className={num}>Contributed</Th>
          <Th scope="col" className={num}>Its share of the spend</Th>
          <Th scope="col" className={num}>Benefits credited (gross)</Th>
          <Th scope="col" className={num}>Benefits credited (net)</Th>
          <Th scope="col" className={num}>Net position</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <Th scope="row" className="font-normal">{r.name}</Th>
            <Td className={num}>{r.contributed.display}</Td>
            <Td className={num}>{r.shareOfSpend.display}</Td>
            <Td className={num}>{r.grossBenefit.display}</Td>
            <Td className={num}>{r.netBenefit.display}</Td>
            <Td className={num}>{r.netPosition.display}</Td>
          </tr>
        ))}
        {rows.length === 0 && (
          <tr>
            <Td colSpan={6}>Nothing was contributed, spent or credited in this period.</Td>
          </tr>
        )}
      </tbody>
    </Table>
  );
}

export function InterventionTable({ rows }: { rows: LedgerFigures["interventions"] }) {
  return (
    <Table caption="Cost per outcome, by type of intervention">
      <thead>
        <tr>
          <Th scope="col">Intervention</Th>
          <Th scope="col" className={num}>Spent</Th>
          <Th scope="col" className={num}>Outcomes on cases that had it</Th>
          <Th scope="col" className={num}>Cost per outcome</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <Th scope="row" className="font-normal">{r.label}</Th>
            <Td className={num}>{r.spent.display}</Td>
            <Td className={num}>{r.outcomes.display}</Td>
            <Td className={num}>{r.costPerOutcome.display}</Td>
          </tr>
        ))}
        {rows.length === 0 && (
          <tr>
            <Td colSpan={4}>No spend in this period.</Td>
          </tr>
        )}
      </tbody>
    </Table>
  );
}

export function OutcomeTypeTable({ rows, caption = "Outcomes valued, by type" }: { rows: LedgerFigures["outcomeTypes"]; caption?: string }) {
  return (
    <Table caption={caption}>
      <thead>
        <tr>
          <Th scope="col">Outcome</Th>
          <Th scope="col" className={num}>Outcomes</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <Th scope="row" className="font-normal">{r.name}</Th>
            <Td className={num}>{r.outcomes.display}</Td>
          </tr>
        ))}
        {rows.length === 0 && (
          <tr>
            <Td colSpan={2}>No outcomes recorded in this period.</Td>
          </tr>
        )}
      </tbody>
    </Table>
  );
}

export function TrendTable({ rows }: { rows: LedgerFigures["trend"] }) {
  return (
    <Table caption="Month by month">
      <thead>
        <tr>
          <Th scope="col">Month</Th>
          <Th scope="col" className={num}>Spent</Th>
          <Th scope="col" className={num}>Fiscal benefits (net)</Th>
          <Th scope="col" className={num}>Public value (net)</Th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.month}>
            <Th scope="row" className="font-normal">{r.label}</Th>
            <Td className={num}>{r.spent.display}</Td>
            <Td className={num}>{r.netFiscal.display}</Td>
            <Td className={num}>{r.netPublicValue.display}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
