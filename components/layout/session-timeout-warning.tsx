"use client";
// The GOV.UK timeout warning: a modal dialog a few minutes before the idle limit, with "Stay
// signed in" (extends the session) and "Sign out". It asks the server when the session ends
// (/api/session) rather than guessing, so activity in another tab counts; without JavaScript
// the server's limit still holds.
import { usePathname } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import type { staySignedInAction } from "@/lib/account/actions";
import type { signOutAction } from "@/lib/auth/actions";

type Status = { signedIn: boolean; idleExpiresAt?: string; now?: string };

export function SessionTimeoutWarning({ warnBeforeMs, stay, signOut }: { warnBeforeMs: number; stay: typeof staySignedInAction; signOut: typeof signOutAction }) {
  const pathname = usePathname();
  const dialog = useRef<HTMLDialogElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [endsAt, setEndsAt] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());

  const check = useCallback(async () => {
    clearTimeout(timer.current);
    const response = await fetch("/api/session", { cache: "no-store" }).catch(() => null);
    const status: Status | null = response?.ok ? await response.json() : null;
    if (!status?.signedIn || !status.idleExpiresAt || !status.now) {
      if (status && !status.signedIn) window.location.assign("/sign-in?timed-out=1");
      return;
    }
    // The server's clock decides: convert its expiry into this browser's time.
    const expiry = Date.now() + (Date.parse(status.idleExpiresAt) - Date.parse(status.now));
    const untilWarning = expiry - warnBeforeMs - Date.now();
    if (untilWarning > 0) {
      dialog.current?.close();
      setEndsAt(null);
      timer.current = setTimeout(check, Math.min(untilWarning, 2 ** 31 - 1));
    } else {
      setEndsAt(expiry);
      if (!dialog.current?.open) dialog.current?.showModal();
      timer.current = setTimeout(check, Math.max(1000, expiry - Date.now() + 1000));
    }
  }, [warnBeforeMs]);

  useEffect(() => {
    void check();
    return () => clearTimeout(timer.current);
  }, [check, pathname]);

  useEffect(() => {
    if (endsAt === null) return;
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, [endsAt]);

  const left = endsAt === null ? 0 : Math.max(0, endsAt - now);
  const minutes = Math.ceil(left / 60_000);
  // Announced in whole minutes, not every second (GOV.UK: a countdown read aloud each second is noise).
  const spoken = left > 60_000 ? `${minutes} minutes` : "1 minute";
  return (
    <dialog ref={dialog} aria-labelledby="timeout-title" aria-describedby="timeout-text" className="m-auto max-w-lg border-[5px] border-ink p-6 backdrop:bg-black/70" onCancel={(e) => e.preventDefault()}>
      <h2 id="timeout-title" className="mb-4 text-2xl font-bold">
        You will be signed out soon
      </h2>
      <p id="timeout-text" className="mb-6" aria-live="polite" aria-atomic="true">
        We will sign you out in {spoken} to protect the information in Golden Thread. Anything you have not saved will be lost.
      </p>
      <div className="flex flex-wrap items-center gap-6">
        <button
          type="button"
          autoFocus
          className="cursor-pointer bg-success px-4 py-2 font-semibold text-white shadow-[0_2px_0_#002d18]"
          onClick={async () => {
            await stay();
            await check();
          }}
        >
          Stay signed in
        </button>
        <form action={signOut}>
          <button type="submit" className="cursor-pointer font-semibold text-link underline">
            Sign out
          </button>
        </form>
      </div>
    </dialog>
  );
}
