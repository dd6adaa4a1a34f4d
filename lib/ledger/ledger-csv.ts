// Every ledger table as CSV rows: the same protected figures as the page ("<5", "[c]" kept).
import type { LedgerView } from "./queries";
import type { PartyRow } from "./build-ledger";

export const ledgerTables = ["totals", "organisations", "types", "interventions", "outcomes", "trend"] as const;
export type LedgerTable = (typeof ledgerTables)[number];

export function isLedgerTable(value: string): value is LedgerTable {
  return (ledgerTables as readonly string[]).includes(value);
}

/** Money as plain pounds for spreadsheets (no £ or separators), or the protection marker. */
const pounds = (cell: { value: number | null; display: string }) => (cell.value === null ? cell.display : (cell.value / 100).toFixed(2));

const partyRows = (rows: PartyRow[], first: string) => [
  [first, "Contributed (£)", "Share of the spend (£)", "Benefits credited, gross (£)", "Benefits credited, net (£)", "Net position (£)"],
  ...rows.map((r) => [r.name, pounds(r.contributed), pounds(r.shareOfSpend), pounds(r.grossBenefit), pounds(r.netBenefit), pounds(r.netPosition)]),
];

export function ledgerCsvRows(view: LedgerView, table: LedgerTable): (string | number)[][] {
  const f = view.figures;
  switch (table) {
    case "totals":
      return [
        ["Figure", "Value"],
        ["Contributed (£)", pounds(f.totals.contributed)],
        ["Spent on cases (£)", pounds(f.totals.spent)],
        ["Fiscal benefits, gross (£)", pounds(f.totals.grossFiscal)],
        ["Fiscal benefits, net (£)", pounds(f.totals.netFiscal)],
        ["Economic benefits, net (£)", pounds(f.totals.netEconomic)],
        ["Social benefits, net (£)", pounds(f.totals.netSocial)],
        ["Public value, net (£)", pounds(f.totals.netPublicValue)],
        ["Fiscal return per £1", f.totals.fiscalRoi.value === null ? f.totals.fiscalRoi.display : f.totals.fiscalRoi.value.toFixed(2)],
        ["Public value return per £1", f.totals.publicValueRoi.value === null ? f.totals.publicValueRoi.display : f.totals.publicValueRoi.value.toFixed(2)],
        ["Payback period (years)", f.totals.payback.value === null ? f.totals.payback.display : f.totals.payback.value.toFixed(1)],
        ["Outcomes valued", f.totals.outcomes.display],
      ];
    case "organisations":
      return partyRows(f.organisations, "Organisation");
    case "types":
      return partyRows(f.types, "Type of organisation");
    case "interventions":
      return [["Intervention", "Spent (£)", "Outcomes on cases that had it", "Cost per outcome (£)"], ...f.interventions.map((r) => [r.label, pounds(r.spent), r.outcomes.display, pounds(r.costPerOutcome)])];
    case "outcomes":
      return [["Outcome", "Outcomes"], ...f.outcomeTypes.map((r) => [r.name, r.outcomes.display])];
    case "trend":
      return [["Month", "Spent (£)", "Fiscal benefits, net (£)", "Public value, net (£)"], ...f.trend.map((r) => [r.month, pounds(r.spent), pounds(r.netFiscal), pounds(r.netPublicValue)])];
  }
}
