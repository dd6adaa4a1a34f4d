// Reminders to the lead professional before consent (or a confirmed lawful basis) lapses: one
// notification per consent record, within reviewReminderDays of its review day. Idempotent: the
// record is marked when its reminder is written, in the same transaction, and only an unmarked
// record gets one, so running it again (or twice at once) reminds nobody twice. It runs hourly
// from the server (lib/startup-checks.ts) and can be run with any `now` (tests, a one-off script).
import "server-only";
import { reviewReminderDays } from "@/lib/access/consent-state";
import { unsafeAsSystem } from "@/lib/db/access-context";
import { addDays, londonToday } from "@/lib/domain/london-time";

export async function sendConsentReviewReminders(now: Date = new Date()): Promise<{ reminded: number }> {
  const today = londonToday(now);
  // Reads every case's consent to remind its lead professional only: nothing leaves but the notification.
  return unsafeAsSystem(async (tx) => {
    const due = await tx.consentRecord.findMany({
      where: {
        reviewReminderSentAt: null,
        reviewOn: { gt: today, lte: addDays(today, reviewReminderDays) },
        lawfulBasisAwaitsConfirmation: false,
        lawfulBasisDeclinedAt: null,
        case: { status: { not: "CLOSED" } },
      },
      orderBy: { reviewOn: "asc" },
      select: { id: true, caseId: true, recordedAt: true, case: { select: { leadProfessionalId: true } } },
      take: 1000,
    });
    let reminded = 0;
    for (const record of due) {
      // Only the record in force is reminded of: an older one was replaced already.
      const newest = await tx.consentRecord.findFirst({ where: { caseId: record.caseId }, orderBy: [{ recordedAt: "desc" }, { id: "desc" }], select: { id: true } });
      if (newest?.id !== record.id) continue;
      const marked = await tx.consentRecord.updateMany({ where: { id: record.id, reviewReminderSentAt: null }, data: { reviewReminderSentAt: now } });
      if (marked.count === 0) continue;
      await tx.notification.create({ data: { kind: "CONSENT_REVIEW_DUE", userId: record.case.leadProfessionalId, caseId: record.caseId } });
      reminded += 1;
    }
    return { reminded };
  });
}
