// The development mailbox: every email the portal has sent, as the people it was sent to would
// read it, for trying the portal without an email server. Absent from production builds.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SiteHeader } from "@/components/layout/site-header";
import { PageHeading } from "@/components/ui/page-heading";
import { readDevMailbox } from "@/lib/mail/dev-mailbox";
import { formatDateTime } from "@/lib/domain/london-time";

export const metadata: Metadata = { title: "Development mailbox", robots: { index: false } };
export const dynamic = "force-dynamic";

function Linkified({ text }: { text: string }) {
  return (
    <>
      {text.split(/(https?:\/\/\S+)/).map((part, i) =>
        /^https?:\/\//.test(part) ? (
          <a key={i} href={part} className="break-all">
            {part}
          </a>
        ) : (
          <span key={i}>{part}</span>
        ),
      )}
    </>
  );
}

export default async function DevMailboxPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  if (process.env.NODE_ENV === "production") notFound();
  const to = (await searchParams).to;
  const messages = await readDevMailbox(typeof to === "string" && to ? to : null);
  return (
    <>
      <SiteHeader actor={null} />
      <main id="main-content" tabIndex={-1} className="mx-auto max-w-5xl px-4 py-10 focus:outline-none">
        <PageHeading caption="Development only">Mailbox</PageHeading>
        <p className="mb-6">Email the portal has sent, newest first. In production it goes by SMTP and nobody can read it here.</p>
        <form method="get" className="mb-8 flex items-end gap-4">
          <div>
            <label htmlFor="to" className="mb-1 block font-bold">
              To
            </label>
            <input id="to" name="to" type="email" defaultValue={typeof to === "string" ? to : ""} className="block w-80 border-2 border-ink p-2" />
          </div>
          <button type="submit" className="bg-panel px-4 py-2 font-semibold">
            Show
          </button>
        </form>
        {messages.length === 0 && <p>No email yet.</p>}
        {messages.map((m) => (
          <article key={m.id} aria-label={`${m.subject}, to ${m.to}`} className="mb-8 border-l-[5px] border-brand pl-4">
            <h2 className="text-xl font-bold">{m.subject}</h2>
            <p className="mb-2 text-secondary-ink">
              To {m.to} · {formatDateTime(m.createdAt)} · {m.status.toLowerCase()}
            </p>
            <p className="whitespace-pre-wrap">{m.text ? <Linkified text={m.text} /> : "(body erased after delivery)"}</p>
          </article>
        ))}
      </main>
    </>
  );
}
