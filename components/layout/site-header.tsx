// The portal's header: its name, and who is signed in (name, organisation, role) with sign-out.
import Link from "next/link";
import { signOutAction } from "@/lib/auth/actions";
import { roleLabels } from "@/lib/auth/roles";
import type { Role } from "@/lib/generated/prisma/enums";

export type HeaderActor = { name: string; organisationName: string; roles: Role[] };

export function SiteHeader({ actor }: { actor: HeaderActor | null }) {
  return (
    <header className="border-b-[10px] border-brand bg-ink text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="text-2xl font-bold text-white! no-underline visited:text-white">
          Golden Thread
        </Link>
        {actor && (
          <div className="flex flex-wrap items-center gap-4 text-base">
            <p aria-label="Signed in as">
              <span className="font-bold">{actor.name}</span>
              <span className="block text-[#dddddd]">
                {actor.organisationName} · {actor.roles.map((r) => roleLabels[r]).join(", ")}
              </span>
            </p>
            <Link href="/account" className="font-semibold text-white! underline visited:text-white">
              Your account
            </Link>
            <form action={signOutAction}>
              <button
                type="submit"
                className="cursor-pointer border-2 border-white px-3 py-1 font-semibold text-white hover:bg-white hover:text-ink"
              >
                Sign out
              </button>
            </form>
          </div>
        )}
      </div>
    </header>
  );
}
