// What the "raise a barrier" page needs: the choices, and what to fill in when it is opened from
// a neighbourhood or a case (the case by reference, read through the case policy and audited;
// a case the user may not see pre-fills nothing).
import "server-only";
import { z } from "zod";
import { authorizeCase } from "@/lib/access/authorize-case";
import { canRaiseBarriers } from "@/lib/access/barrier-policy";
import type { AccessActor } from "@/lib/access/case-policy";
import { asActor } from "@/lib/db/access-context";
import { formatCaseReference } from "@/lib/domain/case-reference";
import { organisationOptions, placeOptions } from "./form-options";
import type { RaiseValues } from "./raise-barrier";
import { uuid } from "@/lib/domain/uuid";

const id = uuid();

export async function raiseFormContext(actor: AccessActor, from: { caseId?: string; neighbourhoodId?: string; localityId?: string }) {
  const allowed = canRaiseBarriers(actor);
  const [places, organisations] = allowed ? await Promise.all([placeOptions(), organisationOptions()]) : [[], []];
  const initial: Partial<RaiseValues> = {};
  let fromCase: { id: string; reference: string } | null = null;
  if (allowed && from.caseId && id.safeParse(from.caseId).success) {
    const caseId = from.caseId;
    const found = await asActor(actor, async (tx) => {
      const authorisation = await authorizeCase(tx, actor, caseId, "view", { details: { form: "raise a barrier" } });
      return authorisation.allowed ? tx.sharedCase.findUniqueOrThrow({ where: { id: caseId }, select: { number: true, neighbourhoodId: true } }) : null;
    });
    if (found) {
      fromCase = { id: from.caseId, reference: formatCaseReference(found.number) };
      initial.caseReferences = fromCase.reference;
      initial.place = `neighbourhood:${found.neighbourhoodId}`;
    }
  } else if (from.neighbourhoodId && places.some((l) => l.neighbourhoods.some((n) => n.id === from.neighbourhoodId))) {
    initial.place = `neighbourhood:${from.neighbourhoodId}`;
  } else if (from.localityId && places.some((l) => l.id === from.localityId)) {
    initial.place = `locality:${from.localityId}`;
  }
  return { allowed, places, organisations, initial, fromCase };
}
