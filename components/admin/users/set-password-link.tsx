"use client";
// Shows a one-time set-password link to the admin, once: it is not stored anywhere it could be
// shown again, so they copy it now and pass it to the user by a secure route.
import { useState } from "react";
import { OutcomePanel } from "../outcome-panel";
import { Button } from "@/components/ui/button";

export function SetPasswordLink({
  path,
  expiresAt,
  userName,
  title,
}: {
  path: string;
  expiresAt: string;
  userName: string;
  title: string;
}) {
  const [copied, setCopied] = useState(false);
  const url = typeof window === "undefined" ? path : new URL(path, window.location.origin).toString();
  const expires = new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZone: "Europe/London",
  }).format(new Date(expiresAt));
  return (
    <OutcomePanel title={title}>
      <p className="mb-2">
        Give this link to {userName} so they can choose their password. It works once, until {expires}.
      </p>
      <p className="mb-4 font-bold">This is the only time the link is shown. Copy it now.</p>
      <label htmlFor="set-password-link" className="mb-1 block font-bold">
        Set-password link
      </label>
      <input
        id="set-password-link"
        readOnly
        value={url}
        className="mb-4 block w-full border-2 border-ink p-2 font-mono text-base"
        onFocus={(e) => e.currentTarget.select()}
      />
      <Button
        type="button"
        variant="secondary"
        onClick={async () => {
          await navigator.clipboard.writeText(url);
          setCopied(true);
        }}
      >
        Copy link
      </Button>
      <p role="status" className="mt-2">
        {copied ? "Link copied" : ""}
      </p>
    </OutcomePanel>
  );
}
