// Opens a shared case for a person the worker may see, led by the worker's organisation.
import "server-only";
import { asActor, unsafeAsSystem } from "@/lib/db/access-context";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { hasPermission } from "@/lib/auth/roles";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { readDateParts, type DatePartsInput } from "@/lib/forms/date-parts";
import type { FormFailure } from "@/lib/forms/form-state";
import { textOf, textsOf } from "@/lib/forms/form-values";
import { householdOfVisiblePerson } from "@/lib/people/household-of-person";
import { getVisiblePerson } from "@/lib/people/queries";
import { createOnce } from "./create-once";
import { openCaseSchema } from "./schemas";

export type OpenCaseValues = {
  personId: string;
  neighbourhoodId: string;
  themeIds: string[];
  riskLevel: string;
  summary: string;
  leadProfessionalId: string;
  forHousehold: string;
  consentStatus: string;
  consentDecidedOn: DatePartsInput;
  consentScope: string;
  lawfulBasis: string;
  lawfulBasisApprovedById: string;
  lawfulBasisNote: string;
  clientRequestId: string;
};

export type OpenCaseResult = { ok: true; caseId: string } | FormFailure<OpenCaseValues>;

export function openCaseValuesOf(formData: FormData): OpenCaseValues {
  const t = (name: string) => textOf(formData, name);
  return {
    personId: t("personId"),
    neighbourhoodId: t("neighbourhoodId"),
    themeIds: textsOf(formData, "themeIds"),
    riskLevel: t("riskLevel"),
    summary: t("summary"),
    leadProfessionalId: t("leadProfessionalId"),
    forHousehold: t("forHousehold"),
    consentStatus: t("consentStatus"),
    consentDecidedOn: readDateParts(formData, "consentDecidedOn"),
    consentScope: t("consentScope"),
    lawfulBasis: t("lawfulBasis"),
    lawfulBasisApprovedById: t("lawfulBasisApprovedById"),
    lawfulBasisNote: t("lawfulBasisNote"),
    clientRequestId: t("clientRequestId"),
  };
}

export async function openCase(actor: Actor, formData: FormData): Promise<OpenCaseResult> {
  const values = openCaseValuesOf(formData);
  const fail = (fieldErrors: Record<string, string[]>, formError?: string): OpenCaseResult => ({
    ok: false,
    fieldErrors,
    ...(formError ? { formError } : {}),
    values,
  });
  if (!hasPermission(actor.roles, "cases.work")) return fail({}, "Only frontline workers can open shared cases");
  const parsed = openCaseSchema.safeParse(values);
  if (!parsed.success) return fail(z.flattenError(parsed.error).fieldErrors);
  const input = parsed.data;

  const request = {
    table: "SharedCase",
    actorId: actor.userId,
    values,
    saved: async () => {
      const saved = await unsafeAsSystem((tx) => tx.sharedCase.findUnique({ where: { clientRequestId: input.clientRequestId }, select: { id: true, createdById: true } }));
      return saved && { id: saved.id, savedById: saved.createdById };
    },
  };
  const replay = await request.saved();
  if (replay) return replay.savedById === actor.userId ? { ok: true, caseId: replay.id } : fail({}, "The form has expired: reload the page and try again");

  const [person, neighbourhood, themes, leadProfessional, approver] = await Promise.all([
    getVisiblePerson(actor, input.personId),
    db.neighbourhood.findUnique({ where: { id: input.neighbourhoodId }, select: { id: true } }),
    db.theme.count({ where: { id: { in: input.themeIds }, active: true } }),
    db.user.findFirst({
      where: { id: input.leadProfessionalId, organisationId: actor.organisation.id, deactivatedAt: null, roles: { some: { role: "FRONTLINE_WORKER" } } },
      select: { id: true },
    }),
    input.lawfulBasisApprovedById
      ? db.user.findFirst({ where: { id: input.lawfulBasisApprovedById, organisationId: actor.organisation.id }, select: { id: true } })
      : null,
  ]);
  const errors: Record<string, string[]> = {};
  if (!person) return fail({}, "The person cannot be found. Search for them again.");
  if (!neighbourhood) errors.neighbourhoodId = ["Choose the neighbourhood from the list"];
  if (themes !== input.themeIds.length) errors.themeIds = ["Choose themes from the list"];
  if (!leadProfessional) errors.leadProfessionalId = ["Choose a frontline worker of your organisation as lead professional"];
  if (input.lawfulBasisApprovedById && !approver) errors.lawfulBasisApprovedById = ["Choose a person in your organisation"];
  const household = input.forHousehold ? await householdOfVisiblePerson(actor, input.personId) : null;
  if (input.forHousehold && !household) errors.forHousehold = ["The person is not in a household: record it on their page first, or untick the box"];
  if (Object.keys(errors).length > 0) return fail(errors);

  const caseId = randomUUID();
  const created = await createOnce(request, () =>
    asActor(actor, async (tx) => {
      await tx.sharedCase.create({
        data: {
          id: caseId,
          personId: input.personId,
          householdId: household?.id ?? null,
          neighbourhoodId: input.neighbourhoodId,
          summary: input.summary || null,
          riskLevel: input.riskLevel,
          leadProfessionalId: input.leadProfessionalId,
          leadOrganisationId: actor.organisation.id,
          createdById: actor.userId,
          clientRequestId: input.clientRequestId,
          themes: { create: input.themeIds.map((themeId) => ({ themeId })) },
          involvements: { create: { organisationId: actor.organisation.id, role: "LEAD" } },
          // Need-to-know: whoever opens a case for a colleague stays on it, as a named worker.
          workers: {
            create: [
              { userId: input.leadProfessionalId, role: "Lead professional" },
              ...(input.leadProfessionalId === actor.userId ? [] : [{ userId: actor.userId, role: "Opened the case" }]),
            ],
          },
          statusChanges: { create: { toStatus: "OPEN", changedById: actor.userId, reason: "Case opened" } },
          consents: {
            create: {
              status: input.consentStatus,
              decidedOn: input.consentDecidedOn,
              scope: input.consentScope || null,
              lawfulBasis: input.lawfulBasis,
              lawfulBasisApprovedById: input.lawfulBasisApprovedById,
              lawfulBasisNote: input.lawfulBasisNote || null,
              recordedById: actor.userId,
            },
          },
        },
      });
      await writeAuditEvent(tx, {
        actor: auditActorOf(actor),
        action: "case.create",
        recordType: "SharedCase",
        recordId: caseId,
        caseId,
        reasons: ["frontline worker opening a case led by their organisation"],
        details: { themes: input.themeIds.length, consent: input.consentStatus, forHousehold: Boolean(household) },
      });
      return { ok: true as const, id: caseId };
    }),
  );
  return created.ok ? { ok: true, caseId: created.id } : created;
}
