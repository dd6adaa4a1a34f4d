// Edits a case's risk, summary and themes. The form carries the version it was loaded at; if
// someone else saved meanwhile, nothing is overwritten: the user is shown what changed and
// keeps what they typed.
import "server-only";
import type { AccessActor } from "@/lib/access/case-policy";
import type { Tx } from "@/lib/db/create-client";
import { riskLevelLabels } from "@/lib/domain/labels";
import type { ConflictChange, FormFailure } from "@/lib/forms/form-state";
import { textOf, textsOf } from "@/lib/forms/form-values";
import type { RiskLevel } from "@/lib/generated/prisma/enums";
import { inCaseTransaction, isDenied, refused } from "./case-transaction";
import { formFailure, invalid } from "@/lib/forms/failures";
import { caseDetailsSchema } from "./schemas";

export type CaseDetailsValues = { riskLevel: string; summary: string; themeIds: string[]; version: string };

export const conflictMessage =
  "Someone else changed this case while you were editing it. Check what changed below; what you typed is still here. Save again to keep your version.";

async function whatChanged(tx: Tx, caseId: string, values: CaseDetailsValues): Promise<ConflictChange[]> {
  const now = await tx.sharedCase.findUniqueOrThrow({
    where: { id: caseId },
    select: { riskLevel: true, summary: true, themes: { select: { theme: { select: { id: true, name: true } } } } },
  });
  const names = await tx.theme.findMany({ where: { id: { in: values.themeIds } }, select: { name: true } });
  const nowThemes = now.themes.map((t) => t.theme.name).sort().join(", ");
  const yourThemes = names.map((t) => t.name).sort().join(", ");
  const changes: ConflictChange[] = [];
  if (now.riskLevel !== values.riskLevel) {
    changes.push({ label: "Risk level", now: riskLevelLabels[now.riskLevel], yours: riskLevelLabels[values.riskLevel as RiskLevel] ?? values.riskLevel });
  }
  if ((now.summary ?? "") !== values.summary.trim()) changes.push({ label: "Summary", now: now.summary ?? "(none)", yours: values.summary || "(none)" });
  if (nowThemes !== yourThemes) changes.push({ label: "Themes", now: nowThemes, yours: yourThemes });
  return changes;
}

export function caseDetailsValuesOf(formData: FormData): CaseDetailsValues {
  return {
    riskLevel: textOf(formData, "riskLevel"),
    summary: textOf(formData, "summary"),
    themeIds: textsOf(formData, "themeIds"),
    version: textOf(formData, "version"),
  };
}

export async function updateCaseDetails(
  actor: AccessActor,
  caseId: string,
  formData: FormData,
): Promise<{ ok: true } | FormFailure<CaseDetailsValues>> {
  const values = caseDetailsValuesOf(formData);
  const parsed = caseDetailsSchema.safeParse(values);
  if (!parsed.success) return invalid(parsed.error, values);
  const input = parsed.data;
  const result = await inCaseTransaction(actor, caseId, "edit", { details: { fields: ["riskLevel", "summary", "themes"] } }, async (tx) => {
    const themes = await tx.theme.count({ where: { id: { in: input.themeIds }, active: true } });
    if (themes !== input.themeIds.length) return formFailure(values, "Choose themes from the list", { themeIds: ["Choose themes from the list"] });
    const updated = await tx.sharedCase.updateMany({
      where: { id: caseId, version: input.version },
      data: { riskLevel: input.riskLevel, summary: input.summary || null, version: { increment: 1 } },
    });
    if (updated.count === 0) {
      const current = await tx.sharedCase.findUniqueOrThrow({ where: { id: caseId }, select: { version: true } });
      return {
        ...formFailure({ ...values, version: String(current.version) }, conflictMessage),
        conflict: await whatChanged(tx, caseId, values),
      };
    }
    await tx.caseTheme.deleteMany({ where: { caseId, themeId: { notIn: input.themeIds } } });
    await tx.caseTheme.createMany({ data: input.themeIds.map((themeId) => ({ caseId, themeId })), skipDuplicates: true });
    return { ok: true as const };
  });
  return isDenied(result) ? refused(result, values) : result;
}
