// Everything the partnership holds about one person, across every case and organisation, as the
// items of a subject access request (sar-items.ts). Unsafe by name: it reads past row security
// and every need-to-know rule, which the law requires of a SAR. Only sar-transaction.ts calls it,
// for a data-protection officer of the organisation that received the request, and audits it.
import "server-only";
import { describeAction } from "@/lib/admin/audit/describe-event";
import type { Tx } from "@/lib/db/create-client";
import { formatCaseReference } from "@/lib/domain/case-reference";
import {
  actionStatusLabels,
  auditOutcomeLabels,
  caseStatusLabels,
  consentStatusLabels,
  contactKindLabels,
  householdRelationshipLabels,
  lawfulBasisLabels,
  noteVisibilityLabels,
  referralStatusLabels,
  riskLevelLabels,
} from "@/lib/domain/labels";
import { formatDate, formatDateTime } from "@/lib/domain/london-time";
import { formatPence } from "@/lib/domain/money";
import { interventionLabels } from "@/lib/ledger/labels";
import { openNhsNumber } from "@/lib/people/nhs-number-field";
import type { SarItem, SarLine } from "./sar-items";

/** How many access-history rows a response lists (newest first); more are counted, not listed. */
export const accessHistoryLimit = 1000;

const named = { select: { name: true } } as const;

const line = (label: string, value: string | null | undefined): SarLine[] => (value ? [{ label, value }] : []);

export async function unsafeGatherPersonRecord(tx: Tx, personId: string): Promise<SarItem[] | null> {
  const person = await tx.person.findUnique({
    where: { id: personId },
    select: {
      id: true, givenName: true, familyName: true, dateOfBirth: true, nhsNumberCiphertext: true, addressLine1: true, town: true, postcode: true, householdRelationship: true, createdAt: true,
      household: { select: { id: true, addressLine1: true, addressLine2: true, town: true, postcode: true } },
    },
  });
  if (!person) return null;
  const cases = await tx.sharedCase.findMany({
    where: { personId },
    orderBy: { openedAt: "asc" },
    select: {
      id: true, number: true, status: true, riskLevel: true, summary: true, openedAt: true, closedAt: true,
      leadOrganisation: named, leadProfessional: named, neighbourhood: named,
      themes: { select: { theme: named } },
      involvements: { select: { organisation: named, role: true } },
      notes: { orderBy: { occurredAt: "asc" }, select: { id: true, kind: true, visibility: true, occurredAt: true, body: true, author: named, authorOrganisation: named } },
      actions: { orderBy: { dueOn: "asc" }, select: { id: true, description: true, dueOn: true, status: true, assigneeOrganisation: named } },
      referrals: { orderBy: { sentAt: "asc" }, select: { id: true, reason: true, status: true, sentAt: true, responseComment: true, fromOrganisation: named, toOrganisation: named } },
      consents: { orderBy: { recordedAt: "asc" }, select: { id: true, status: true, decidedOn: true, scope: true, lawfulBasis: true, lawfulBasisNote: true, recordedAt: true } },
      outcomes: { orderBy: { achievedOn: "asc" }, select: { id: true, achievedOn: true, evidence: true, outcomeType: named } },
      spends: { orderBy: { spentOn: "asc" }, select: { id: true, intervention: true, description: true, amountPence: true, spentOn: true, reason: true } },
    },
  });
  const items: SarItem[] = [
    {
      type: "person",
      id: person.id,
      title: `${person.givenName} ${person.familyName}`,
      lines: [
        { label: "Name", value: `${person.givenName} ${person.familyName}` },
        { label: "Date of birth", value: formatDate(person.dateOfBirth) },
        ...line("NHS number", openNhsNumber(person.id, person.nhsNumberCiphertext)),
        ...line("Address", [person.addressLine1, person.town, person.postcode].filter(Boolean).join(", ")),
        ...line("Relationship in the household", person.householdRelationship && householdRelationshipLabels[person.householdRelationship]),
        { label: "Recorded on", value: formatDate(person.createdAt) },
      ],
    },
  ];
  if (person.household) {
    const h = person.household;
    items.push({ type: "household", id: h.id, title: [h.addressLine1, h.addressLine2, h.town, h.postcode].filter(Boolean).join(", "), lines: [{ label: "Address", value: [h.addressLine1, h.addressLine2, h.town, h.postcode].filter(Boolean).join(", ") }] });
  }
  for (const c of cases) {
    const reference = formatCaseReference(c.number);
    items.push({
      type: "case",
      id: c.id,
      title: reference,
      lines: [
        { label: "Status", value: caseStatusLabels[c.status] },
        { label: "Risk", value: riskLevelLabels[c.riskLevel] },
        ...line("Summary", c.summary),
        { label: "Needs", value: c.themes.map((t) => t.theme.name).join(", ") || "None recorded" },
        { label: "Neighbourhood", value: c.neighbourhood.name },
        { label: "Lead organisation", value: c.leadOrganisation.name },
        { label: "Lead professional", value: c.leadProfessional.name },
        { label: "Organisations involved", value: c.involvements.map((i) => i.organisation.name).join(", ") || "None" },
        { label: "Opened", value: formatDate(c.openedAt) },
        ...line("Closed", c.closedAt && formatDate(c.closedAt)),
      ],
    });
    for (const n of c.notes) {
      items.push({
        type: "note",
        id: n.id,
        title: `${contactKindLabels[n.kind]}, ${formatDateTime(n.occurredAt)} (${reference})`,
        lines: [
          { label: "Written by", value: `${n.author.name}, ${n.authorOrganisation.name}` },
          { label: "Visible to", value: noteVisibilityLabels[n.visibility] },
          { label: "Note", value: n.body },
        ],
      });
    }
    for (const a of c.actions) {
      items.push({ type: "action", id: a.id, title: `${a.description} (${reference})`, lines: [{ label: "Who does it", value: a.assigneeOrganisation.name }, { label: "Due", value: formatDate(a.dueOn) }, { label: "Status", value: actionStatusLabels[a.status] }] });
    }
    for (const r of c.referrals) {
      items.push({
        type: "referral",
        id: r.id,
        title: `${r.fromOrganisation.name} to ${r.toOrganisation.name}, ${formatDate(r.sentAt)} (${reference})`,
        lines: [{ label: "Reason", value: r.reason }, { label: "Status", value: referralStatusLabels[r.status] }, ...line("Response", r.responseComment)],
      });
    }
    for (const k of c.consents) {
      items.push({
        type: "consent",
        id: k.id,
        title: `${consentStatusLabels[k.status]}, recorded ${formatDate(k.recordedAt)} (${reference})`,
        lines: [...line("Decided on", k.decidedOn && formatDate(k.decidedOn)), ...line("Scope", k.scope), ...line("Lawful basis", k.lawfulBasis && lawfulBasisLabels[k.lawfulBasis]), ...line("Why", k.lawfulBasisNote)],
      });
    }
    for (const o of c.outcomes) {
      items.push({ type: "outcome", id: o.id, title: `${o.outcomeType.name}, ${formatDate(o.achievedOn)} (${reference})`, lines: [{ label: "Evidence", value: o.evidence }] });
    }
    for (const s of c.spends) {
      items.push({ type: "spend", id: s.id, title: `${interventionLabels[s.intervention]}, ${formatDate(s.spentOn)} (${reference})`, lines: [{ label: "What for", value: s.description }, { label: "Amount", value: formatPence(s.amountPence) }, ...line("Reason for the correction", s.reason)] });
    }
  }
  items.push(...(await accessHistory(tx, person.id, cases.map((c) => c.id))));
  return items;
}

/** Reads and writes of the person's record and of their cases: who (organisation and role), what, when. */
async function accessHistory(tx: Tx, personId: string, caseIds: string[]): Promise<SarItem[]> {
  const rows = await tx.auditEvent.findMany({
    where: { OR: [{ recordType: "Person", recordId: personId }, ...(caseIds.length > 0 ? [{ caseId: { in: caseIds } }] : [])] },
    orderBy: { id: "desc" },
    take: accessHistoryLimit,
    select: { id: true, at: true, action: true, outcome: true, actorOrganisationId: true, actorRoles: true },
  });
  const organisationIds = [...new Set(rows.flatMap((r) => (r.actorOrganisationId ? [r.actorOrganisationId] : [])))];
  const organisations = new Map((await tx.organisation.findMany({ where: { id: { in: organisationIds } }, select: { id: true, name: true } })).map((o) => [o.id, o.name]));
  return rows.map((r) => ({
    type: "access" as const,
    id: String(r.id),
    title: `${describeAction(r.action)}, ${formatDateTime(r.at)}`,
    lines: [
      { label: "Organisation", value: (r.actorOrganisationId && organisations.get(r.actorOrganisationId)) || "The system" },
      { label: "Outcome", value: auditOutcomeLabels[r.outcome] },
    ],
  }));
}
