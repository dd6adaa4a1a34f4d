// "My neighbourhood" for frontline workers: the dashboard of the neighbourhood their team serves.
import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { PageHeading } from "@/components/ui/page-heading";
import { requireActor } from "@/lib/auth/actor";
import { ownNeighbourhoodPaths } from "@/lib/places/place-scope";

export const metadata: Metadata = { title: "My neighbourhood" };

export default async function MyNeighbourhoodPage() {
  const actor = await requireActor("places.own-neighbourhood");
  const places = await ownNeighbourhoodPaths(actor);
  if (places.length === 1) redirect(places[0].path);
  return (
    <>
      <PageHeading>My neighbourhood</PageHeading>
      {places.length === 0 ? (
        <p>You are not a member of a neighbourhood team yet. Your partnership admin can add you to one.</p>
      ) : (
        <ul className="space-y-2">
          {places.map((p) => (
            <li key={p.path}>
              <Link href={p.path}>{p.name}</Link>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
