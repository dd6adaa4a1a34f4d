// A user's notifications, through the access policy: one about a case is shown only while the
// case is still shared with their organisation (a referral's response comment is case content,
// and access can end after the notification was sent). One about a restricted case the user
// would see but for its restriction is shown redacted (my-notifications.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AccessActor, AccessGrounds } from "./case-policy";
import { redactedCasesWhere } from "./restricted-records-where";
import { visibleCasesWhere } from "./visible-cases-where";

export function visibleNotificationsWhere(actor: AccessActor, grounds: AccessGrounds): Prisma.NotificationWhereInput {
  return {
    userId: actor.userId,
    OR: [{ caseId: null }, { case: visibleCasesWhere(actor, grounds) }, { case: redactedCasesWhere(actor, grounds) }],
  };
}
