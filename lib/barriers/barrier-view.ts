// One barrier as its page shows it: what it is, where it stands, its actions, comments and
// history, the cases where it bit (by reference, only those the reader may see; the rest as a
// count) and what the reader may do with it, with the policy's reasons.
import "server-only";
import { asActor } from "@/lib/db/access-context";
import { z } from "zod";
import { accessGroundsFor } from "@/lib/access/access-grounds";
import { loadBarrierResponsibility } from "@/lib/access/barrier-responsibility";
import { barrierTransitions, decideBarrierAccess, levelNames, responsibilityFor, type BarrierFacts } from "@/lib/access/barrier-policy";
import type { AccessActor } from "@/lib/access/case-policy";
import { visibleCasesWhere } from "@/lib/access/visible-cases-where";
import { db } from "@/lib/db";
import { formatCaseReference } from "@/lib/domain/case-reference";
import { isOverdueForReview, londonTodayDate } from "@/lib/domain/barrier-review";
import { historyEntryOf, historySelect } from "./history-entry";
import { formatBarrierReference } from "./labels";
import { uuid } from "@/lib/domain/uuid";

const barrierId = uuid();

/** Who is responsible at a level, in words, for the page. */
function responsibleText(level: BarrierFacts["level"], place: { neighbourhood: string | null; locality: string }): string {
  if (level === "PARTNERSHIP_BOARD") return "The partnership board";
  if (level === "LOCALITY" || !place.neighbourhood) return `The locality leads of ${place.locality}`;
  return `The team leads and neighbourhood lead of ${place.neighbourhood}, or the locality leads of ${place.locality}`;
}

export async function getBarrierForView(actor: AccessActor, id: string) {
  if (!barrierId.safeParse(id).success) return null;
  const b = await db.barrier.findUnique({
    where: { id },
    select: {
      id: true,
      number: true,
      title: true,
      description: true,
      effect: true,
      category: true,
      status: true,
      escalationLevel: true,
      neighbourhoodId: true,
      localityId: true,
      raisedById: true,
      ownerId: true,
      resolution: true,
      reviewBy: true,
      raisedAt: true,
      acceptedAt: true,
      escalatedAt: true,
      closedAt: true,
      version: true,
      neighbourhood: { select: { name: true, slug: true } },
      locality: { select: { name: true, slug: true } },
      raisedBy: { select: { name: true, jobTitle: true } },
      raisedByOrganisation: { select: { name: true } },
      owner: { select: { name: true, jobTitle: true, organisation: { select: { name: true } } } },
      organisations: { select: { organisation: { select: { id: true, name: true } } } },
      caseLinks: { select: { caseId: true } },
      actions: {
        orderBy: [{ dueOn: "asc" }, { createdAt: "asc" }],
        select: { id: true, description: true, dueOn: true, status: true, ownerUserId: true, ownerOrganisation: { select: { name: true } }, ownerUser: { select: { name: true } } },
      },
      comments: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true, author: { select: { name: true } }, authorOrganisation: { select: { name: true } } } },
      events: historySelect,
    },
  });
  if (!b) return null;

  const linkedIds = b.caseLinks.map((l) => l.caseId);
  const visible = linkedIds.length
    ? await asActor(actor, async (tx) =>
        tx.sharedCase.findMany({
          where: { AND: [visibleCasesWhere(actor, await accessGroundsFor(tx, actor)), { id: { in: linkedIds } }] },
          orderBy: { number: "asc" },
          select: { id: true, number: true },
        }),
      )
    : [];

  const facts: BarrierFacts = {
    barrierId: b.id,
    level: b.escalationLevel,
    status: b.status,
    neighbourhoodId: b.neighbourhoodId,
    localityId: b.localityId,
    raisedById: b.raisedById,
    ownerId: b.ownerId,
  };
  const responsibility = await loadBarrierResponsibility(db, actor.userId);
  const permissions = Object.fromEntries(
    [...barrierTransitions, "comment" as const].map((action) => {
      const decision = decideBarrierAccess(actor, responsibility, facts, action);
      return [action, { allowed: decision.allowed, reason: decision.reasons.at(-1) ?? "" }];
    }),
  ) as Record<(typeof barrierTransitions)[number] | "comment", { allowed: boolean; reason: string }>;
  const today = londonTodayDate();
  const place = { neighbourhood: b.neighbourhood?.name ?? null, locality: b.locality.name };

  return {
    id: b.id,
    reference: formatBarrierReference(b.number),
    title: b.title,
    description: b.description,
    effect: b.effect,
    category: b.category,
    status: b.status,
    level: b.escalationLevel,
    levelName: levelNames[b.escalationLevel],
    responsible: responsibleText(b.escalationLevel, place),
    youAreResponsible: responsibilityFor(responsibility, facts).responsible,
    place: {
      neighbourhood: b.neighbourhood ? { name: b.neighbourhood.name, path: `/barriers/places/${b.locality.slug}/${b.neighbourhood.slug}` } : null,
      locality: { name: b.locality.name, path: `/barriers/places/${b.locality.slug}` },
    },
    organisations: b.organisations.map((o) => o.organisation),
    raisedBy: { name: b.raisedBy.name, jobTitle: b.raisedBy.jobTitle, organisation: b.raisedByOrganisation.name, you: b.raisedById === actor.userId },
    owner: b.owner ? { name: b.owner.name, jobTitle: b.owner.jobTitle, organisation: b.owner.organisation.name, you: b.ownerId === actor.userId } : null,
    resolution: b.resolution,
    reviewBy: b.reviewBy,
    overdue: isOverdueForReview(b),
    raisedAt: b.raisedAt,
    acceptedAt: b.acceptedAt,
    escalatedAt: b.escalatedAt,
    closedAt: b.closedAt,
    version: b.version,
    linkedCases: { visible: visible.map((c) => ({ id: c.id, reference: formatCaseReference(c.number) })), total: linkedIds.length },
    actions: b.actions.map((a) => ({
      id: a.id,
      description: a.description,
      owner: a.ownerUser ? `${a.ownerUser.name}, ${a.ownerOrganisation.name}` : a.ownerOrganisation.name,
      dueOn: a.dueOn,
      status: a.status,
      overdue: (a.status === "OPEN" || a.status === "IN_PROGRESS") && a.dueOn < today,
      canUpdate: decideBarrierAccess(actor, responsibility, facts, "updateAction", { ownerUserId: a.ownerUserId }).allowed,
    })),
    comments: b.comments.map((c) => ({ id: c.id, body: c.body, at: c.createdAt, author: `${c.author.name}, ${c.authorOrganisation.name}` })),
    history: b.events.map(historyEntryOf),
    permissions,
  };
}

export type BarrierView = NonNullable<Awaited<ReturnType<typeof getBarrierForView>>>;
