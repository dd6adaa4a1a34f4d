// The frame of every case form page: back link, case caption and heading, and — when the policy
// refuses the change — its reason instead of the form. While the database cannot answer, the
// form alone, so that what keepingInput kept reaches the user.
import { BackLink } from "@/components/ui/back-link";
import type { CaseFormContext, CaseFormOutage } from "@/lib/cases/case-form-context";

type Props = { context: CaseFormContext | CaseFormOutage; title: string; children: React.ReactNode };

export function CaseFormPage({ context, title, children }: Props) {
  if ("databaseDown" in context) return <CaseFormDuringOutage caseId={context.id} title={title}>{children}</CaseFormDuringOutage>;
  return (
    <div className="max-w-3xl">
      <BackLink href={`/cases/${context.id}`}>Back to the case</BackLink>
      <p className="mb-1 text-xl text-secondary-ink">
        {context.reference}: {context.person.givenName} {context.person.familyName}
      </p>
      <h1 className="mb-8 text-4xl font-bold">{title}</h1>
      {context.allowed ? (
        children
      ) : (
        <div className="border-l-[10px] border-[#f47738] bg-panel p-4">
          <p className="font-bold">You cannot do this on this case.</p>
          <p>Reason: {context.refusal}.</p>
        </div>
      )}
    </div>
  );
}

function CaseFormDuringOutage({ caseId, title, children }: { caseId: string; title: string; children: React.ReactNode }) {
  return (
    <div className="max-w-3xl">
      <BackLink href={`/cases/${caseId}`}>Back to the case</BackLink>
      <h1 className="mb-8 text-4xl font-bold">{title}</h1>
      <p className="mb-8 border-l-[10px] border-[#f47738] bg-panel p-4">
        The case&apos;s details cannot be shown just now. What you type is kept on this page until it is saved.
      </p>
      {children}
    </div>
  );
}
