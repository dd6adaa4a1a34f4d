// "Barriers I own or raised" for the signed-in user: on My work and on the barriers page.
import { MyBarriersList } from "@/components/barriers/my-barriers-list";
import type { AccessActor } from "@/lib/access/case-policy";
import { markBarrierNotificationsReadAction } from "@/lib/barriers/actions";
import { getMyBarriers } from "@/lib/barriers/my-barriers";

export async function MyBarriersSection({ actor }: { actor: AccessActor }) {
  return <MyBarriersList mine={await getMyBarriers(actor)} markRead={markBarrierNotificationsReadAction} />;
}
