// Ten recovery codes, shown once: a list to copy or print, with what to do with them.
import { WarningText } from "@/components/ui/warning-text";

export function RecoveryCodesList({ codes }: { codes: string[] }) {
  return (
    <>
      <WarningText>These codes are shown only this once. Save them now: each works once, if you lose your authenticator app.</WarningText>
      <ol aria-label="Recovery codes" className="mb-6 grid max-w-xl grid-cols-1 gap-2 border-2 border-ink p-4 font-mono text-lg whitespace-nowrap sm:grid-cols-2">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ol>
      <p className="mb-6">Keep them somewhere safe that is not your phone, such as a password manager or a printed copy in a locked drawer.</p>
    </>
  );
}
