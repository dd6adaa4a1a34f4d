// The one world the server-action runs share: the case world (a lead organisation, a partner
// under an agreement, a third party, an uninvolved organisation), a partnership admin, and
// helpers for uniquely named records. Each run prepares its own records on top.
import { randomUUID } from "node:crypto";
import { createAdmin } from "../../../support/admin-factories";
import { uniqueSuffix } from "../../../support/factories";
import { caseWorld } from "../../cases/case-world";

export async function actionWorld() {
  const cases = await caseWorld();
  const admin = await createAdmin();
  return { ...cases, admin, id: () => randomUUID(), suffix: uniqueSuffix };
}

export type ActionWorld = Awaited<ReturnType<typeof actionWorld>>;

const day = 86_400_000;

/** A date as the form's day/month/year fields, `days` from today (UTC; keep a day's margin for London). */
export function dateParts(days: number) {
  const now = new Date();
  const date = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + days * day);
  return { day: String(date.getUTCDate()), month: String(date.getUTCMonth() + 1), year: String(date.getUTCFullYear()) };
}

export const noDate = { day: "", month: "", year: "" };
