// What a case page shows about a restricted record: the redacted entry for someone who would see
// it but for the restriction, the banner on the record itself, break-glass in force, and the
// lead professional's open requests for access.
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button-link";
import { Tag } from "@/components/ui/tag";
import { WarningText } from "@/components/ui/warning-text";
import { answerAccessRequestAction } from "@/lib/cases/restricted-actions";
import type { RedactedCase } from "@/lib/cases/redacted-case";
import type { CaseRestrictionView } from "@/lib/cases/restriction-view";
import { AccessAnswerForm } from "./restricted-forms";

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "Europe/London" });

export const redactedTitle = (heldBy: string) => `Restricted record — held by ${heldBy}`;

export function RedactedCasePage({ redacted, notice }: { redacted: RedactedCase; notice?: string }) {
  return (
    <div className="max-w-3xl">
      {notice && (
        <div role="status" className="mb-8 border-[5px] border-success">
          <p className="bg-success px-4 py-1 font-bold text-white">Success</p>
          <p className="p-4 text-xl font-bold">{notice}</p>
        </div>
      )}
      <p className="mb-2">
        <Tag tone="red">Restricted</Tag>
      </p>
      <h1 className="mb-6 text-4xl font-bold">{redactedTitle(redacted.heldBy)}</h1>
      <p className="mb-6">
        This record is restricted: only the people working on it can see its content. If your work needs it, ask the lead professional for access. In an emergency you can use break-glass access, which is recorded and flagged.
      </p>
      <div className="flex flex-wrap gap-4">
        {redacted.requestOpen ? (
          <p className="font-bold">You have asked for access. The lead professional has been told.</p>
        ) : (
          redacted.mayRequestAccess && <ButtonLink href={`/cases/${redacted.id}/request-access`}>Request access</ButtonLink>
        )}
        {redacted.mayBreakGlass && (
          <ButtonLink href={`/cases/${redacted.id}/break-glass`} variant="warning">
            Use break-glass access
          </ButtonLink>
        )}
      </div>
    </div>
  );
}

export function RestrictionBanner({ restriction, canChange, caseId }: { restriction: CaseRestrictionView; canChange: boolean; caseId: string }) {
  return (
    <>
      {restriction.breakGlassUntil && (
        <WarningText>
          You are using break-glass access to this restricted record until {timeFormat.format(restriction.breakGlassUntil)}. The lead professional has been told, and it shows in the access log.
        </WarningText>
      )}
      {restriction.restricted && (
        <section aria-labelledby="restricted-title" className="mb-8 border-l-[10px] border-error bg-panel p-4">
          <h2 id="restricted-title" className="mb-2 text-2xl font-bold">
            <Tag tone="red">Restricted</Tag> Restricted record
          </h2>
          <p className="mb-2">
            Only the people on this case see it. Others who would see it are shown &ldquo;Restricted record&rdquo; and may ask for access; break-glass access is recorded and flagged. The person is hidden from search outside the case.
          </p>
          <p className="mb-2">Restricted since {timeFormat.format(restriction.restricted.at)}: {restriction.restricted.reason}</p>
          {canChange && <Link href={`/cases/${caseId}/restriction`}>Remove restriction</Link>}
        </section>
      )}
      {!restriction.restricted && canChange && (
        <p className="mb-6">
          <Link href={`/cases/${caseId}/restriction`}>Restrict this record</Link>
        </p>
      )}
      {restriction.accessRequests.length > 0 && (
        <section aria-labelledby="requests-title" className="mb-8 border-l-[10px] border-brand bg-panel p-4">
          <h2 id="requests-title" className="mb-3 text-2xl font-bold">Requests for access ({restriction.accessRequests.length})</h2>
          <ul className="space-y-6">
            {restriction.accessRequests.map((r) => (
              <li key={r.id} className="border-b border-border pb-4">
                <p className="mb-2">
                  <strong>{r.who}</strong> asked on {timeFormat.format(r.at)}: &ldquo;{r.reason}&rdquo;
                </p>
                <AccessAnswerForm action={answerAccessRequestAction.bind(null, r.id)} requestId={r.id} who={r.who} />
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
