"use server";
// Marking notifications read: public endpoints like every server action, so each authenticates,
// parses what the browser sent and touches only the caller's own notifications.
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/actor";
import { uuid } from "@/lib/domain/uuid";
import { formFailure } from "@/lib/forms/failures";
import type { FormState } from "@/lib/forms/form-state";
import { keepingInput } from "@/lib/forms/keeping-input";
import { markNotificationsRead } from "./my-notifications";

type Empty = Record<string, never>;

export async function markNotificationReadAction(notificationId: unknown, _: FormState<Empty>): Promise<FormState<Empty>> {
  const id = uuid().safeParse(notificationId);
  if (!id.success) return formFailure({}, "This update cannot be found");
  return keepingInput(
    () => ({}),
    async () => {
      await markNotificationsRead(await requireActor("cases.work"), [id.data]);
      revalidatePath("/work");
      return { ok: true as const };
    },
  );
}

export async function markAllNotificationsReadAction(_: FormState<Empty>): Promise<FormState<Empty>> {
  return keepingInput(
    () => ({}),
    async () => {
      await markNotificationsRead(await requireActor("cases.work"), "all");
      revalidatePath("/work");
      return { ok: true as const };
    },
  );
}
