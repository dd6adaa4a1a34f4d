// Validation for the shared-case forms; the same messages appear in the error summary and at
// each field.
import { z } from "zod";
import { uuid } from "@/lib/domain/uuid";
import { dateFromParts } from "@/lib/forms/date-parts";
import { formExpired } from "@/lib/forms/failures";
import { text } from "@/lib/forms/text";
import {
  ActionStatus,
  CaseStatus,
  ClosureReason,
  ConsentStatus,
  ContactKind,
  InvolvementRole,
  LawfulBasis,
  NoteVisibility,
  ReferralUrgency,
  RiskLevel,
} from "@/lib/generated/prisma/enums";

export const maxNoteLength = 5000;
const requestId = uuid(formExpired);
const optionalUuid = z
  .string()
  .transform((v) => v || null)
  .pipe(uuid().nullable());

/** Chosen themes; a repeated value (a tampered or double-posted form) counts once. */
const themeIds = z
  .array(uuid("Choose themes from the list"))
  .transform((ids) => [...new Set(ids.map((id) => id.toLowerCase()))])
  .pipe(z.array(z.string()).min(1, "Choose at least one theme").max(12, "Choose at most 12 themes"));

const consentFields = {
  consentStatus: z.enum([ConsentStatus.GIVEN, ConsentStatus.REFUSED, ConsentStatus.NOT_YET_ASKED, ConsentStatus.WITHDRAWN], {
    message: "Choose whether the person has consented to sharing",
  }),
  consentDecidedOn: z.unknown(),
  consentScope: text("the scope of consent", 500, false),
  lawfulBasis: z
    .string()
    .transform((v) => v || null)
    .pipe(z.enum(LawfulBasis, { message: "Choose a lawful basis from the list" }).nullable()),
  lawfulBasisApprovedById: optionalUuid,
  lawfulBasisNote: text("the note on the lawful basis", 1000, false),
};

const consentDate = dateFromParts("Date of the consent decision", "pastOrToday");

type ConsentShape = {
  consentStatus: ConsentStatus;
  consentDecidedOn: unknown;
  lawfulBasis: LawfulBasis | null;
  lawfulBasisApprovedById: string | null;
};

/** Consent given or refused needs a date; a lawful basis needs the person who approved it. */
function refineConsent(value: ConsentShape, ctx: z.RefinementCtx) {
  if (value.consentStatus !== "NOT_YET_ASKED") {
    const date = consentDate.safeParse(value.consentDecidedOn);
    if (!date.success) ctx.addIssue({ code: "custom", path: ["consentDecidedOn"], message: date.error.issues[0].message });
  }
  if (value.lawfulBasis && !value.lawfulBasisApprovedById) {
    ctx.addIssue({ code: "custom", path: ["lawfulBasisApprovedById"], message: "Choose who approved sharing on this lawful basis" });
  }
  if (value.lawfulBasis === "CONSENT" && value.consentStatus !== "GIVEN") {
    ctx.addIssue({ code: "custom", path: ["lawfulBasis"], message: "Consent can be the lawful basis only when consent is given" });
  }
}

/** After refinement: the decision date as a Date (none when consent has not been asked). */
function withConsentDate<T extends ConsentShape>(value: T) {
  return {
    ...value,
    consentDecidedOn: value.consentStatus === "NOT_YET_ASKED" ? null : consentDate.parse(value.consentDecidedOn),
  };
}

export const consentSchema = z
  .object({ ...consentFields, clientRequestId: requestId })
  .superRefine(refineConsent)
  .transform(withConsentDate);

export const openCaseSchema = z
  .object({
    personId: uuid("Choose the person"),
    neighbourhoodId: uuid("Choose the neighbourhood"),
    themeIds,
    riskLevel: z.enum(RiskLevel, { message: "Choose the risk level" }),
    summary: text("a summary", 2000, false),
    leadProfessionalId: uuid("Choose the lead professional"),
    // "A person and optionally their household" (DOMAIN.md): ticked, the case is for the person's household too.
    forHousehold: z.enum(["", "yes"], "Tick the box, or leave it empty").transform((v) => v === "yes"),
    clientRequestId: requestId,
    ...consentFields,
  })
  .superRefine(refineConsent)
  .transform(withConsentDate);

export const caseDetailsSchema = z.object({
  riskLevel: z.enum(RiskLevel, { message: "Choose the risk level" }),
  summary: text("a summary", 2000, false),
  themeIds,
  version: z.coerce.number().int().min(1),
});

export const noteSchema = z.object({
  kind: z.enum(ContactKind, { message: "Choose the kind of contact" }),
  visibility: z.enum(NoteVisibility, { message: "Choose who can see the note" }),
  occurredOn: dateFromParts("Date of the contact", "pastOrToday"),
  body: text("the note", maxNoteLength),
  clientRequestId: requestId,
});

export const actionSchema = z.object({
  description: text("what needs to be done", 500),
  assigneeOrganisationId: uuid("Choose the organisation that will do it"),
  assigneeUserId: optionalUuid,
  dueOn: dateFromParts("Due date", "futureOrToday"),
  clientRequestId: requestId,
});

export const actionStatusSchema = z.object({
  actionId: uuid("Choose the action"),
  status: z.enum(ActionStatus, { message: "Choose the new status" }),
});

export const statusChangeSchema = z
  .object({
    status: z.enum(CaseStatus, { message: "Choose the new status" }),
    reason: text("the reason", 1000, false),
    closureReason: z
      .string()
      .transform((v) => v || null)
      .pipe(z.enum(ClosureReason, { message: "Choose why the case is closing" }).nullable()),
    version: z.coerce.number().int().min(1),
  })
  .superRefine((value, ctx) => {
    if (value.status === "CLOSED" && !value.closureReason) {
      ctx.addIssue({ code: "custom", path: ["closureReason"], message: "Choose why the case is closing" });
    }
  });

export const outcomeSchema = z.object({
  outcomeTypeId: uuid("Choose the outcome"),
  achievedOn: dateFromParts("Date achieved", "pastOrToday"),
  evidence: text("the evidence", 2000),
  clientRequestId: requestId,
});

export const referralSchema = z.object({
  toOrganisationId: uuid("Choose the organisation to refer to"),
  toTeamId: optionalUuid,
  reason: text("the reason for the referral", 2000),
  themeIds,
  urgency: z.enum(ReferralUrgency, { message: "Choose how urgent the referral is" }),
  clientRequestId: requestId,
});

export const involvementRoleSchema = z.enum(InvolvementRole);
