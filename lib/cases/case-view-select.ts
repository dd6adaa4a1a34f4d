// The fields of a case page (a `select`, so nothing unlisted ever reaches the page).
import type { Prisma } from "@/lib/generated/prisma/client";
import { openNhsNumber } from "@/lib/people/nhs-number-field";

const named = { select: { id: true, name: true } } as const;

export const caseSelect = {
  id: true,
  number: true,
  status: true,
  riskLevel: true,
  summary: true,
  closureReason: true,
  openedAt: true,
  closedAt: true,
  firstContactAt: true,
  version: true,
  updatedAt: true,
  person: {
    select: { id: true, givenName: true, familyName: true, dateOfBirth: true, nhsNumberCiphertext: true, postcode: true, householdId: true },
  },
  neighbourhood: { select: { id: true, name: true, locality: { select: { name: true } } } },
  leadProfessional: named,
  leadOrganisation: named,
  themes: { select: { theme: named }, orderBy: { theme: { sortOrder: "asc" } } },
  involvements: {
    where: { leftAt: null },
    orderBy: { joinedAt: "asc" },
    select: { role: true, joinedAt: true, organisation: { select: { id: true, name: true, type: true } } },
  },
  workers: {
    where: { removedAt: null },
    select: { role: true, user: { select: { id: true, name: true, jobTitle: true, organisation: named } } },
  },
  actions: {
    orderBy: [{ status: "asc" }, { dueOn: "asc" }],
    select: {
      id: true,
      description: true,
      dueOn: true,
      status: true,
      completedAt: true,
      assigneeOrganisation: named,
      assigneeUser: named,
    },
  },
  referrals: {
    orderBy: { sentAt: "desc" },
    select: {
      id: true,
      status: true,
      urgency: true,
      reason: true,
      sentAt: true,
      respondedAt: true,
      declineReason: true,
      responseComment: true,
      fromOrganisation: named,
      toOrganisation: named,
      toTeam: named,
      sentBy: named,
    },
  },
  outcomes: {
    orderBy: { achievedOn: "desc" },
    select: { id: true, achievedOn: true, evidence: true, outcomeType: named, recordedBy: named },
  },
  consents: {
    orderBy: { recordedAt: "desc" },
    select: {
      id: true,
      status: true,
      decidedOn: true,
      scope: true,
      lawfulBasis: true,
      lawfulBasisNote: true,
      recordedAt: true,
      recordedBy: named,
      lawfulBasisApprovedBy: named,
    },
  },
  statusChanges: {
    orderBy: { changedAt: "desc" },
    select: { id: true, fromStatus: true, toStatus: true, reason: true, closureReason: true, changedAt: true, changedBy: named },
  },
} satisfies Prisma.SharedCaseSelect;

type Selected = { person: { id: string; nhsNumberCiphertext: string | null } };

/** The case as a page or export shows it: the person's NHS number opened, its ciphertext dropped. */
export function withPersonShown<T extends Selected>(record: T) {
  const { nhsNumberCiphertext, ...person } = record.person;
  return { ...record, person: { ...person, nhsNumber: openNhsNumber(person.id, nhsNumberCiphertext) } };
}
