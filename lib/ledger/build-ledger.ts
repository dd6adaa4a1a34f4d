// Turns the ledger's summary rows for one place and period into the figures people see: per
// organisation and per type what it put in, its share of the spend, the benefits credited to it
// (gross and net) and its net position; the place's fiscal and public-value returns, payback,
// cost per outcome by intervention, outcomes by type and the monthly trend. Pure. Figures resting
// on fewer than 5 outcomes or spend entries are hidden as the dashboards hide small counts
// (lib/domain/small-number-protection.ts), with the complementary cell of each sum hidden too.
import { addByYear, apportion, paybackYears, returnOnInvestment, sum } from "@/lib/domain/cost-benefit";
import { formatPounds, formatRatio, formatYears } from "@/lib/domain/money";
import { monthLabel, monthsBetween, type Month, type Period } from "@/lib/domain/period";
import { protectCells, showCount, type Protection, type ShownCount } from "@/lib/domain/small-number-protection";
import { interventionLabels, organisationTypeLabels } from "./labels";
import { noOrganisation, type LedgerRows } from "./ledger-sql";

export type Shown = { display: string; value: number | null };

export type PartyRow = {
  key: string;
  name: string;
  type: string;
  contributed: Shown;
  shareOfSpend: Shown;
  grossBenefit: Shown;
  netBenefit: Shown;
  netPosition: Shown;
};

export type LedgerFigures = {
  totals: {
    contributed: Shown;
    spent: Shown;
    grossFiscal: Shown;
    netFiscal: Shown;
    netEconomic: Shown;
    netSocial: Shown;
    netPublicValue: Shown;
    fiscalRoi: Shown;
    publicValueRoi: Shown;
    payback: Shown;
    outcomes: ShownCount;
    paidBack: boolean | null;
  };
  organisations: PartyRow[];
  types: PartyRow[];
  interventions: { key: string; label: string; spent: Shown; outcomes: ShownCount; costPerOutcome: Shown }[];
  outcomeTypes: { key: string; name: string; outcomes: ShownCount }[];
  trend: { month: Month; label: string; spent: Shown; netFiscal: Shown; netPublicValue: Shown }[];
};

const hidden = (protection: Exclude<Protection, null>): Shown => ({ display: protection === "small" ? "<5" : "[c]", value: null });
const money = (pence: number): Shown => ({ display: formatPounds(pence), value: pence });

/** Shows money cells whose basis (outcomes or entries) is large enough, with complementary hiding. */
function protectMoney(values: number[], bases: number[], relation: number[][]): Shown[] {
  const protection = protectCells(bases, relation);
  return values.map((v, i) => {
    const p = protection[i];
    return p ? hidden(p) : money(v);
  });
}

type Party = { key: string; name: string; type: string; contributed: number; share: number; gross: number; net: number; outcomes: number };

function partyRows(parties: Party[], totals: { gross: number; net: number; outcomes: number }, costsShown: boolean): PartyRow[] {
  const cells = [...parties.map((p) => p.outcomes), totals.outcomes];
  const all = cells.map((_, i) => i);
  const net = protectMoney([...parties.map((p) => p.net), totals.net], cells, [all]);
  const gross = protectMoney([...parties.map((p) => p.gross), totals.gross], cells, [all]);
  return parties.map((p, i) => ({
    key: p.key,
    name: p.name,
    type: p.type,
    contributed: money(p.contributed),
    shareOfSpend: costsShown ? money(p.share) : hidden("protected"),
    grossBenefit: gross[i],
    netBenefit: net[i],
    netPosition: costsShown && net[i].value !== null ? money((net[i].value as number) - p.share) : hidden("protected"),
  }));
}

export function buildLedgerFigures(rows: LedgerRows, period: Period): LedgerFigures {
  const months = monthsBetween(period.from, period.to);
  const organisations = new Map(rows.organisations.map((o) => [o.id, o]));
  const num = (v: bigint | number) => Number(v);

  // Costs, and each budget's spend shared among its contributors.
  const spendRows = rows.spend;
  const spent = sum(spendRows.map((r) => num(r.spent)));
  const entries = sum(spendRows.map((r) => r.entries));
  const costsShown = protectCells([entries], [])[0] === null;
  const shareOf = new Map<string, number>();
  for (const { budgetId, spent: budgetSpent } of rows.budgetSpend) {
    const amount = num(budgetSpent);
    const contributors = rows.shares.filter((s) => s.budgetId === budgetId);
    const parts = apportion(amount, contributors.map((c) => num(c.amount)));
    contributors.forEach((c, i) => shareOf.set(c.organisationId, (shareOf.get(c.organisationId) ?? 0) + parts[i]));
  }
  const contributedBy = new Map<string, number>();
  for (const c of rows.contributions) contributedBy.set(c.organisationId, (contributedBy.get(c.organisationId) ?? 0) + num(c.amount));

  // Benefits by beneficiary.
  const fiscal = rows.benefits.filter((b) => b.kind === "FISCAL");
  const byParty = new Map<string, Party>();
  const party = (key: string, name: string, type: string) => {
    const found = byParty.get(key) ?? { key, name, type, contributed: 0, share: 0, gross: 0, net: 0, outcomes: 0 };
    byParty.set(key, found);
    return found;
  };
  for (const b of fiscal) {
    const organisation = b.organisationKey !== noOrganisation ? organisations.get(b.organisationKey) : undefined;
    const p = organisation
      ? party(organisation.id, organisation.name, organisation.type)
      : party(`none-${b.typeKey}`, `Not yet assigned: ${organisationTypeLabels[b.typeKey as keyof typeof organisationTypeLabels] ?? "other"}`, b.typeKey);
    p.gross += num(b.gross);
    p.net += num(b.net);
    p.outcomes += b.outcomes;
  }
  for (const id of new Set([...contributedBy.keys(), ...shareOf.keys()])) {
    const organisation = organisations.get(id);
    if (!organisation) continue;
    const p = party(id, organisation.name, organisation.type);
    p.contributed = contributedBy.get(id) ?? 0;
    p.share = shareOf.get(id) ?? 0;
  }
  const parties = [...byParty.values()].sort((a, b) => b.net - b.share - (a.net - a.share) || a.name.localeCompare(b.name, "en-GB"));
  const grossFiscal = sum(fiscal.map((b) => num(b.gross)));
  const netFiscal = sum(fiscal.map((b) => num(b.net)));
  const outcomesValued = sum(rows.outcomes.map((o) => o.outcomes));
  const fiscalOutcomes = sum(parties.map((p) => p.outcomes));
  const netOf = (kind: string) => sum(rows.benefits.filter((b) => b.kind === kind).map((b) => num(b.net)));
  const netEconomic = netOf("ECONOMIC");
  const netSocial = netOf("SOCIAL");
  const publicValue = netFiscal + netEconomic + netSocial;

  const byType = new Map<string, Party>();
  for (const p of parties) {
    const t = byType.get(p.type) ?? { key: p.type, name: organisationTypeLabels[p.type as keyof typeof organisationTypeLabels] ?? p.type, type: p.type, contributed: 0, share: 0, gross: 0, net: 0, outcomes: 0 };
    t.contributed += p.contributed;
    t.share += p.share;
    t.gross += p.gross;
    t.net += p.net;
    t.outcomes += p.outcomes;
    byType.set(p.type, t);
  }

  const outcomeCount = showCount(outcomesValued, protectCells([outcomesValued], [])[0]);
  const benefitsShown = outcomeCount.value !== null;
  const netByYear = rows.payback.reduce<number[]>((acc, r) => addByYear(acc, Object.assign(Array(r.year).fill(0), { [r.year - 1]: num(r.net) })), []);
  const payback = paybackYears(spent, netByYear);
  const ratio = (value: number) => {
    const r = returnOnInvestment(value, spent);
    return r === null ? { display: "No spend", value: null } : { display: formatRatio(r), value: r };
  };
  const showBoth = costsShown && benefitsShown;

  // Cost per outcome by intervention: spend of the type over outcomes on cases that had it.
  const interventionKeys = [...new Set(rows.spend.filter((r) => r.entries !== 0 || num(r.spent) !== 0 || r.outcomes !== 0).map((r) => r.intervention))].sort();
  const spendOf = (k: string) => sum(spendRows.filter((r) => r.intervention === k).map((r) => num(r.spent)));
  const entriesOf = (k: string) => sum(spendRows.filter((r) => r.intervention === k).map((r) => r.entries));
  const outcomesOfIntervention = (k: string) => sum(spendRows.filter((r) => r.intervention === k).map((r) => r.outcomes));
  const spendCells = [...interventionKeys.map(entriesOf), entries];
  const interventionSpend = protectMoney([...interventionKeys.map(spendOf), spent], spendCells, [spendCells.map((_, i) => i)]);
  const interventionOutcomes = interventionKeys.map((k) => {
    const n = outcomesOfIntervention(k);
    return showCount(n, protectCells([n], [])[0]);
  });

  // Outcomes by type, a relation with the total.
  const typeIds = [...new Set(rows.outcomes.map((o) => o.outcomeTypeId))];
  const typeNames = new Map(rows.outcomeTypes.map((t) => [t.id, t.name]));
  const typeCounts = typeIds.map((id) => sum(rows.outcomes.filter((o) => o.outcomeTypeId === id).map((o) => o.outcomes)));
  const typeProtection = protectCells([...typeCounts, outcomesValued], [[...typeCounts.map((_, i) => i), typeCounts.length]]);

  // Monthly trend, each series a relation of its months with the period total.
  const monthSpend = months.map((m) => sum(spendRows.filter((r) => r.month === m).map((r) => num(r.spent))));
  const monthEntries = months.map((m) => sum(spendRows.filter((r) => r.month === m).map((r) => r.entries)));
  const monthFiscal = months.map((m) => sum(fiscal.filter((b) => b.month === m).map((b) => num(b.net))));
  const monthPublic = months.map((m) => sum(rows.benefits.filter((b) => b.month === m).map((b) => num(b.net))));
  const monthOutcomes = months.map((m) => sum(rows.outcomes.filter((o) => o.month === m).map((o) => o.outcomes)));
  const everyMonth = [...months.map((_, i) => i), months.length];
  const trendSpend = protectMoney([...monthSpend, spent], [...monthEntries, entries], [everyMonth]);
  const trendFiscal = protectMoney([...monthFiscal, netFiscal], [...monthOutcomes, outcomesValued], [everyMonth]);
  const trendPublic = protectMoney([...monthPublic, publicValue], [...monthOutcomes, outcomesValued], [everyMonth]);

  return {
    totals: {
      contributed: money(sum([...contributedBy.values()])),
      spent: costsShown ? money(spent) : hidden(entries > 0 ? "small" : "protected"),
      grossFiscal: benefitsShown ? money(grossFiscal) : hidden("small"),
      netFiscal: benefitsShown ? money(netFiscal) : hidden("small"),
      netEconomic: benefitsShown ? money(netEconomic) : hidden("small"),
      netSocial: benefitsShown ? money(netSocial) : hidden("small"),
      netPublicValue: benefitsShown ? money(publicValue) : hidden("small"),
      fiscalRoi: showBoth ? ratio(netFiscal) : hidden("protected"),
      publicValueRoi: showBoth ? ratio(publicValue) : hidden("protected"),
      payback: !showBoth
        ? hidden("protected")
        : spent <= 0
          ? { display: "No spend", value: null }
          : payback === null
            ? { display: "Not yet paid back", value: null }
            : { display: formatYears(payback), value: payback },
      outcomes: outcomeCount,
      paidBack: showBoth && spent > 0 ? payback !== null : null,
    },
    organisations: partyRows(parties, { gross: grossFiscal, net: netFiscal, outcomes: fiscalOutcomes }, costsShown),
    types: partyRows([...byType.values()].sort((a, b) => a.name.localeCompare(b.name, "en-GB")), { gross: grossFiscal, net: netFiscal, outcomes: fiscalOutcomes }, costsShown),
    interventions: interventionKeys.map((k, i) => {
      const spendShown = interventionSpend[i];
      const outcomes = interventionOutcomes[i];
      const costPerOutcome =
        spendShown.value === null || outcomes.value === null
          ? hidden("protected")
          : outcomes.value === 0
            ? { display: "No outcomes yet", value: null }
            : money(Math.round(spendShown.value / outcomes.value));
      return { key: k, label: interventionLabels[k as keyof typeof interventionLabels] ?? k, spent: spendShown, outcomes, costPerOutcome };
    }),
    outcomeTypes: typeIds
      .map((id, i) => ({ key: id, name: typeNames.get(id) ?? "Outcome", outcomes: showCount(typeCounts[i], typeProtection[i]) }))
      .sort((a, b) => a.name.localeCompare(b.name, "en-GB")),
    trend: months.map((m, i) => ({ month: m, label: monthLabel(m), spent: trendSpend[i], netFiscal: trendFiscal[i], netPublicValue: trendPublic[i] })),
  };
}
