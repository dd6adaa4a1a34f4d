// The response to a subject access request: a readable document (A4 when printed, no menus)
// holding every gathered item except those withheld, which are only counted by reason. The
// officer confirms their password and a code first (ASVS 7.5.3); producing it (the respond page)
// is the audited export, and reading it here again is audited too (sar.response.view).
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { SarItemFacts } from "@/components/sar/sar-item";
import { decideSarWork } from "@/lib/access/sar-policy";
import { requireActor } from "@/lib/auth/actor";
import { requireRecentAuthentication } from "@/lib/auth/reauthentication";
import { formatDate } from "@/lib/domain/london-time";
import { sarResponse } from "@/lib/sar/queries";
import "./print.css";

export const metadata: Metadata = { title: "Response to a subject access request" };

export default async function SubjectAccessResponsePage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await requireActor();
  const { id } = await params;
  if (decideSarWork(actor).allowed) await requireRecentAuthentication(actor, `/records/${id}/response`);
  const response = await sarResponse(actor, id, { action: "sar.response.view", format: "html" });
  if (!response.allowed) notFound();
  const { personName, receivedOn, respondedOn, organisationName, sections } = response.value;
  // Not produced yet: the officer produces it first (which marks the request responded).
  if (!respondedOn) redirect(`/records/${id}/respond`);
  return (
    <article className="sar-response mx-auto max-w-4xl">
      <p className="mb-6 print:hidden">
        Print this page, or save it as PDF from your browser’s print menu: it fits A4 and leaves the menus out. <a href={`/records/${id}`}>Back to the request</a>
      </p>
      <header className="mb-8 border-b-[5px] border-brand pb-4">
        <p className="text-xl text-secondary-ink">Response to a subject access request · UK GDPR Article 15</p>
        <h1 className="text-4xl font-bold">Information held about {personName}</h1>
        <p className="mt-2 text-xl">
          Request received {formatDate(receivedOn)}; answered {formatDate(respondedOn)} by {organisationName} for the Golden Thread partnership.
        </p>
      </header>
      {sections.map((section) => (
        <section key={section.kind} aria-labelledby={`response-${section.kind}`} className="mb-8">
          <h2 id={`response-${section.kind}`} className="mb-4 text-2xl font-bold">
            {section.label}
          </h2>
          {section.items.length === 0 && section.withheld.length === 0 && <p>None held.</p>}
          <ul className="space-y-4">
            {section.items.map((item) => (
              <li key={item.id} className="break-inside-avoid border-l-[5px] border-border pl-4">
                <SarItemFacts item={item} level={3} />
              </li>
            ))}
          </ul>
          {section.withheld.map((w) => (
            <p key={w.reason} className="mt-4 font-semibold">
              Withheld: {w.count} {w.count === 1 ? "item" : "items"} — {w.reason}
            </p>
          ))}
        </section>
      ))}
    </article>
  );
}
