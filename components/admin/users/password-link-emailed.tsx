// What the admin sees after adding a user or resetting a password: where the one-time link went.
// Never the link itself: only the user can use it (no admin path into case content).
import { OutcomePanel } from "../outcome-panel";

export function PasswordLinkEmailed({ title, userName, emailedTo, expiresAt }: { title: string; userName: string; emailedTo: string; expiresAt: string }) {
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
        We have emailed a link to <span className="font-bold break-all">{emailedTo}</span> so {userName} can choose their password.
      </p>
      <p>The link works once, until {expires}. If it expires, reset their password to send a new one.</p>
    </OutcomePanel>
  );
}
