// "/" sends each signed-in user to their role's home.
import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/actor";
import { homeFor } from "@/lib/auth/roles";

export default async function Home() {
  const actor = await requireActor();
  redirect(homeFor(actor.roles));
}
