// "Why can I see this?" on a case page (GOV.UK details): the rule of the access policy that let
// this user in, as the policy decided it (lib/access/why-visible.ts).
import type { WhyVisible } from "@/lib/access/why-visible";

export function WhyVisiblePanel({ why }: { why: WhyVisible | null }) {
  if (!why) return null;
  return (
    <details className="mb-8">
      <summary className="cursor-pointer font-semibold text-link underline">Why can I see this?</summary>
      <div className="mt-2 border-l-[5px] border-border pl-4">
        <p className="mb-2">{why.organisation}</p>
        <p className="mb-2">{why.personal}</p>
        {why.sharing && (
          <>
            <p className="mb-2">
              Sharing with your organisation rests on information-sharing agreement {why.sharing.agreementReference}, which covers
              every theme of this case{why.sharing.themes.length > 0 ? `: ${why.sharing.themes.join(", ")}` : ""}.
            </p>
            <p className="mb-2">{why.sharing.consent}</p>
          </>
        )}
      </div>
    </details>
  );
}
