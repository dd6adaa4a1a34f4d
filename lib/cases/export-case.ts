// Export of one case, as the actor sees it (their visible notes only), audited as an export.
import "server-only";
import { authorizeCase, decideForCase } from "@/lib/access/authorize-case";
import type { AccessActor } from "@/lib/access/case-policy";
import { visibleNotesWhere } from "@/lib/access/visible-cases-where";
import { asActor } from "@/lib/db/access-context";
import { formatCaseReference } from "@/lib/domain/case-reference";
import { caseSelect, withPersonShown } from "./case-view-select";

export async function exportCase(actor: AccessActor, caseId: string) {
  return asActor(actor, async (tx) => {
  const authorisation = await authorizeCase(tx, actor, caseId, "export");
  if (!authorisation.allowed) return null;
  const record = withPersonShown(await tx.sharedCase.findUniqueOrThrow({ where: { id: caseId }, select: caseSelect }));
  const notes = await tx.caseNote.findMany({
      where: { caseId, ...visibleNotesWhere(actor) },
      orderBy: { occurredAt: "asc" },
      select: {
        kind: true,
        visibility: true,
        occurredAt: true,
        body: true,
        author: { select: { name: true } },
        authorOrganisation: { select: { name: true } },
      },
    });
  return { reference: formatCaseReference(record.number), exportedAt: new Date(), ...record, chronology: notes };
  });
}

/** Whether the actor may export the case, decided without an audit row (the export audits). */
export async function mayExportCase(actor: AccessActor, caseId: string): Promise<boolean> {
  return (await asActor(actor, (tx) => decideForCase(tx, actor, caseId, "export"))).allowed;
}
