// Referrals between organisations on demo cases: the shape of one, how fast it is answered, and
// its rows. Accepted ones bring the receiving organisation into the team around the person.
import type { DeclineReason, Prisma, ReferralStatus, ReferralUrgency, RiskLevel } from "@/lib/generated/prisma/client";
import { required } from "./collections";
import { declineComments, referralReason } from "./case-texts";
import type { SeedOrganisation } from "./organisations";
import { addHours, type Rng } from "./random";
import type { ReferenceData, ThemeCode } from "./reference-data";
import type { SeedUser } from "./users";

export interface SeedReferral {
  id: string;
  caseId: string;
  from: SeedOrganisation;
  sentBy: SeedUser;
  to: SeedOrganisation;
  toTeamId: string | null;
  reason: string;
  urgency: ReferralUrgency;
  status: ReferralStatus;
  declineReason: DeclineReason | null;
  responseComment: string | null;
  respondedBy: SeedUser | null;
  sentAt: Date;
  respondedAt: Date | null;
  themes: ThemeCode[];
}

export function urgencyFor(rng: Rng, risk: RiskLevel): ReferralUrgency {
  const urgent = risk === "VERY_HIGH" ? 40 : risk === "HIGH" ? 20 : 5;
  return rng.weighted<ReferralUrgency>([
    ["ROUTINE", 60 - urgent],
    ["SOON", 30],
    ["URGENT", urgent],
  ]);
}

/** Hours from sending to answering: urgent referrals are answered within the day. */
export function responseDelayHours(rng: Rng, urgency: ReferralUrgency): number {
  if (urgency === "URGENT") return rng.float(0.5, 24);
  if (urgency === "SOON") return rng.float(4, 96);
  return rng.float(24, 336);
}

/** The case's needs that the receiving organisation works on (else the presenting need). */
function themesForReferral(caseThemes: readonly ThemeCode[], to: SeedOrganisation): ThemeCode[] {
  const shared = caseThemes.filter((t) => to.themes.includes(t));
  return shared.length ? shared : [caseThemes[0]];
}

export interface ReferralDraft {
  caseId: string;
  caseThemes: readonly ThemeCode[];
  risk: RiskLevel;
  from: SeedOrganisation;
  sentBy: SeedUser;
  to: SeedOrganisation;
  toTeamId: string | null;
  sentAt: Date;
}

export function makeReferral(
  rng: Rng,
  draft: ReferralDraft,
  outcome: { status: ReferralStatus; respondedBy?: SeedUser; respondedAt?: Date; urgency?: ReferralUrgency },
): SeedReferral {
  const themes = themesForReferral(draft.caseThemes, draft.to);
  const urgency = outcome.urgency ?? urgencyFor(rng, draft.risk);
  const declineReason =
    outcome.status === "DECLINED"
      ? rng.weighted<DeclineReason>([
          ["NOT_ELIGIBLE", 25],
          ["NO_CAPACITY", 25],
          ["ALREADY_SUPPORTED", 15],
          ["WRONG_SERVICE", 20],
          ["INSUFFICIENT_INFORMATION", 10],
          ["OTHER", 5],
        ])
      : null;
  const answered = outcome.status === "ACCEPTED" || outcome.status === "DECLINED";
  return {
    id: rng.uuid(),
    caseId: draft.caseId,
    from: draft.from,
    sentBy: draft.sentBy,
    to: draft.to,
    toTeamId: draft.toTeamId,
    reason: referralReason(rng, themes[0]),
    urgency,
    status: outcome.status,
    declineReason,
    responseComment: declineReason
      ? rng.pick(declineComments[declineReason])
      : outcome.status === "ACCEPTED" && rng.chance(0.3)
        ? "Accepted; we will make contact this week."
        : null,
    respondedBy: answered ? (outcome.respondedBy ?? null) : null,
    sentAt: draft.sentAt,
    respondedAt: answered ? (outcome.respondedAt ?? addHours(draft.sentAt, responseDelayHours(rng, urgency))) : null,
    themes,
  };
}

export function referralRows(referrals: readonly SeedReferral[], reference: ReferenceData) {
  const rows: Prisma.ReferralCreateManyInput[] = referrals.map((r) => ({
    id: r.id,
    caseId: r.caseId,
    fromOrganisationId: r.from.id,
    sentById: r.sentBy.id,
    toOrganisationId: r.to.id,
    toTeamId: r.toTeamId,
    reason: r.reason,
    urgency: r.urgency,
    status: r.status,
    declineReason: r.declineReason,
    responseComment: r.responseComment,
    respondedById: r.respondedBy?.id ?? null,
    sentAt: r.sentAt,
    respondedAt: r.respondedAt,
  }));
  const themeRows: Prisma.ReferralThemeCreateManyInput[] = referrals.flatMap((r) =>
    r.themes.map((theme) => ({ referralId: r.id, themeId: required(reference.themeIds, theme, "theme") })),
  );
  return { rows, themeRows };
}
