// Frame of every signed-in page. It only displays who is signed in: each page checks the
// session and permissions itself (layouts do not re-run on navigation). While the database
// cannot answer it shows no one, so that a form page can still give back what was typed.
import { PortalNav } from "@/components/layout/portal-nav";
import { SessionTimeoutWarning } from "@/components/layout/session-timeout-warning";
import { SiteHeader } from "@/components/layout/site-header";
import { staySignedInAction } from "@/lib/account/actions";
import { signOutAction } from "@/lib/auth/actions";
import { currentActor } from "@/lib/auth/actor";
import { idleWarningMs } from "@/lib/auth/session-policy";
import { isDatabaseDown, unlessDatabaseDown } from "@/lib/forms/keeping-input";

export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  const read = await unlessDatabaseDown(currentActor);
  const actor = isDatabaseDown(read) ? null : read;
  return (
    <>
      <SiteHeader
        actor={actor && { name: actor.name, organisationName: actor.organisation.name, roles: actor.roles }}
      />
      {actor && <PortalNav roles={actor.roles} />}
      {actor && <SessionTimeoutWarning warnBeforeMs={idleWarningMs} stay={staySignedInAction} signOut={signOutAction} />}
      <main id="main-content" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-10 focus:outline-none">
        {children}
      </main>
    </>
  );
}
