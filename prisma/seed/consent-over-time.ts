// Demo consent over time (lib/access/consent-state.ts), on cases the Manchester demo worker leads
// with a partner in the team around the person (Greater Manchester Mental Health first, so its
// demo worker meets them): consent about to lapse (within the reminder window), consent lapsed,
// and a lawful basis awaiting confirmation by the Manchester supervisor (who can sign in).
// Its own random stream, and rows only added after everything else, so every other demo row is
// unchanged. The loader works the cases' partner-access columns out afterwards
// (gt_refresh_partner_access), as the trigger that keeps them was set aside for the load.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DemoDataset } from "./build-demo-dataset";
import { londonDayOf } from "@/lib/domain/london-time";
import { demoEmails } from "./demo-accounts";
import { addDays, Rng, seedOf } from "./random";


export function withConsentOverTime(dataset: DemoDataset, now: Date): DemoDataset {
  const rng = new Rng(seedOf("consent over time"));
  const idOf = (email: string) => {
    const found = dataset.user.find((u) => u.email === email);
    return found ? String(found.id) : undefined;
  };
  const worker = idOf(demoEmails.workerManchester);
  const supervisor = idOf(demoEmails.supervisorManchester);
  const gmmh = String(dataset.organisation.find((o) => o.name === "Greater Manchester Mental Health NHS Foundation Trust")?.id);
  if (!worker || !supervisor) return dataset;
  const partnersOf = new Map<string, string[]>();
  for (const i of dataset.caseInvolvement) partnersOf.set(String(i.caseId), [...(partnersOf.get(String(i.caseId)) ?? []), String(i.organisationId)]);
  const shared = dataset.sharedCase
    .filter((c) => c.leadProfessionalId === worker && c.status !== "CLOSED" && (partnersOf.get(String(c.id))?.length ?? 0) > 1)
    .map((c) => String(c.id));
  const withGmmh = shared.filter((id) => partnersOf.get(id)?.includes(gmmh));
  const chosen = [...withGmmh, ...shared.filter((id) => !withGmmh.includes(id))].slice(0, 3);
  if (chosen.length < 3) return dataset;
  const today = londonDayOf(now);
  const at = new Date(now.getTime() - 60_000);
  const base = { status: "GIVEN" as const, recordedById: worker, recordedAt: at, scope: "Sharing with the team around the person" };
  const records: Prisma.ConsentRecordCreateManyInput[] = [
    { ...base, id: rng.uuid(), caseId: chosen[0], decidedOn: addDays(today, -351), reviewOn: addDays(today, 14) },
    { ...base, id: rng.uuid(), caseId: chosen[1], decidedOn: addDays(today, -368), reviewOn: addDays(today, -3) },
    {
      id: rng.uuid(),
      caseId: chosen[2],
      status: "REFUSED",
      decidedOn: addDays(today, -1),
      lawfulBasis: "SAFEGUARDING",
      lawfulBasisApprovedById: supervisor,
      lawfulBasisAwaitsConfirmation: true,
      lawfulBasisNote: "Risk of serious harm to a child in the household; the team must share to protect them.",
      recordedById: worker,
      recordedAt: at,
    },
  ];
  const notifications = [{ id: rng.uuid(), kind: "LAWFUL_BASIS_TO_CONFIRM" as const, userId: supervisor, caseId: chosen[2], createdAt: at }];
  return { ...dataset, consentRecord: [...dataset.consentRecord, ...records], notification: [...dataset.notification, ...notifications] };
}
