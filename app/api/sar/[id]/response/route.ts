// GET /api/sar/:id/response — the response to a subject access request as a JSON file: every
// gathered item except those withheld (counted by reason). Only for a data-protection officer of
// the organisation that received it, after re-entering their password (ASVS 7.5.3); audited as
// sar.export, and an open request is marked responded. Anyone else gets 404.
import { decideSarWork } from "@/lib/access/sar-policy";
import { currentActor } from "@/lib/auth/actor";
import { isRecentlyAuthenticated, reauthenticationRedirect } from "@/lib/auth/reauthentication";
import { sarResponse } from "@/lib/sar/queries";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await currentActor();
  if (!actor) return new Response("Sign in to export a response", { status: 401 });
  const { id } = await params;
  if (decideSarWork(actor).allowed && !(await isRecentlyAuthenticated(actor))) return reauthenticationRedirect(request);
  const response = await sarResponse(actor, id, { action: "sar.export", format: "json" });
  if (!response.allowed) return new Response("Not found", { status: 404 });
  const { personName, receivedOn, respondedOn, organisationName, sections } = response.value;
  const document = {
    subjectAccessResponse: { person: personName, received: receivedOn.toISOString().slice(0, 10), responded: (respondedOn ?? new Date()).toISOString().slice(0, 10), answeredBy: organisationName },
    sections: sections.map((s) => ({
      section: s.label,
      items: s.items.map((i) => ({ title: i.title, ...Object.fromEntries(i.lines.map((l) => [l.label, l.value])) })),
      withheld: s.withheld.map((w) => `withheld: ${w.count} ${w.count === 1 ? "item" : "items"} (${w.reason})`),
    })),
  };
  return new Response(JSON.stringify(document, null, 2), {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="subject-access-response.json"`,
      "Cache-Control": "no-store",
    },
  });
}
