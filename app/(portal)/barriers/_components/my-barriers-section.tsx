// "Barriers I own or raised" for the signed-in user: on My work and on the barriers page. It
// streams in after the rest of the page (Suspense), so it never holds up My work.
import { Suspense } from "react";
import { MyBarriersList } from "@/components/barriers/my-barriers-list";
import type { AccessActor } from "@/lib/access/case-policy";
import { markBarrierNotificationsReadAction } from "@/lib/barriers/actions";
import { getMyBarriers } from "@/lib/barriers/my-barriers";

async function MyBarriers({ actor }: { actor: AccessActor }) {
  return <MyBarriersList mine={await getMyBarriers(actor)} markRead={markBarrierNotificationsReadAction} />;
}

export function MyBarriersSection({ actor }: { actor: AccessActor }) {
  return (
    <Suspense fallback={<p className="mb-10">Loading your barriers…</p>}>
      <MyBarriers actor={actor} />
    </Suspense>
  );
}
