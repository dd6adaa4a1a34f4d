// Demo restricted records (lib/access/restricted-records.ts): two open cases on worker.manchester's
// caseload that her team leader is not on, placed in MAN-N01 — the neighbourhood her team leader
// works in and supervises, so she sees them redacted (the first also restricts its person) — and a
// few more across the partnership on no demo account's caseload (so other journeys keep their
// cases). The two are chosen among cases with no spend or outcome (whose ledger rows name the
// neighbourhood). Its own random stream, so every other demo row is unchanged.
import type { DemoDataset } from "./build-demo-dataset";
import { demoAccounts, demoEmails } from "./demo-accounts";
import { addDays, Rng, seedOf } from "./random";

const reasons = [
  "Survivor of domestic abuse: the perpetrator has links to local services",
  "Person at risk of serious harm: address must not be shared beyond the case",
  "Witness in an ongoing prosecution: police asked for the record to be restricted",
  "High-profile person: access limited to the professionals on the case",
];

export function restrictDemoRecords(dataset: Omit<DemoDataset, "auditEvent">, now: Date): void {
  const rng = new Rng(seedOf("restricted records"));
  const userId = (email: string) => dataset.user.find((u) => u.email === email)?.id;
  const worker = userId(demoEmails.workerManchester);
  const teamLead = userId(demoEmails.teamLeadManchester);
  const n01 = dataset.neighbourhood.find((n) => n.code === "MAN-N01")?.id;
  const onCase = new Set(dataset.caseWorker.filter((w) => !w.removedAt).map((w) => `${w.caseId}:${w.userId}`));
  const demoUsers = new Set(demoAccounts.map((a) => userId(a.email)));
  const demoCases = new Set(dataset.caseWorker.filter((w) => demoUsers.has(w.userId)).map((w) => w.caseId));
  const sole = (personId: string) => dataset.sharedCase.filter((c) => c.personId === personId).length === 1;
  const inLedger = new Set([...dataset.budgetSpend.map((s) => String(s.caseId)), ...dataset.ledgerOutcome.map((o) => String(o.caseId))]);
  const hers = dataset.sharedCase
    .filter(
      (c) =>
        c.leadProfessionalId === worker && c.neighbourhoodId !== n01 && c.status !== "CLOSED" && sole(c.personId) && !onCase.has(`${c.id}:${teamLead}`) && !inLedger.has(String(c.id)),
    )
    .slice(0, 2);
  if (typeof n01 === "string") for (const c of hers) c.neighbourhoodId = n01;
  const others = dataset.sharedCase.filter((c) => c.status !== "CLOSED" && !demoUsers.has(c.leadProfessionalId) && !demoCases.has(String(c.id)));
  const chosen = [...hers, ...Array.from({ length: Math.min(4, others.length) }, () => rng.pick(others))];
  for (const [i, c] of chosen.entries()) {
    c.restrictedAt = addDays(now, -rng.int(3, 90));
    c.restrictedReason = i < hers.length ? reasons[i] : rng.pick(reasons);
    c.restrictedById = c.leadProfessionalId;
  }
  const person = hers[0] && dataset.person.find((p) => p.id === hers[0].personId);
  if (person && hers[0]) {
    person.restrictedAt = hers[0].restrictedAt;
    person.restrictedReason = hers[0].restrictedReason;
    person.restrictedById = hers[0].leadProfessionalId;
  }
}
