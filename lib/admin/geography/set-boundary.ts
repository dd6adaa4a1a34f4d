// Replacing or removing a neighbourhood's boundary. The upload is checked by
// lib/domain/geojson.ts; only the cleaned Polygon or MultiPolygon is stored.
import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { db } from "@/lib/db";
import { parseBoundary } from "@/lib/domain/geojson";
import { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/domain/uuid";
import { assertPermitted } from "../permission";

export type BoundaryResult = { ok: true; points: number } | { ok: false; message: string };

export async function setNeighbourhoodBoundary(actor: Actor, neighbourhoodId: string, text: string): Promise<BoundaryResult> {
  assertPermitted(actor);
  if (!isUuid(neighbourhoodId)) return { ok: false, message: "This neighbourhood no longer exists" };
  const check = parseBoundary(text);
  if (!check.ok) return check;
  const saved = await db.$transaction(async (tx) => {
    const { count } = await tx.neighbourhood.updateMany({ where: { id: neighbourhoodId }, data: { boundary: check.boundary } });
    if (count === 0) return false;
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "admin.neighbourhood.boundary",
      recordType: "Neighbourhood",
      recordId: neighbourhoodId,
      details: { type: check.boundary.type, points: check.points },
    });
    return true;
  });
  return saved ? { ok: true, points: check.points } : { ok: false, message: "This neighbourhood no longer exists" };
}

export async function removeNeighbourhoodBoundary(actor: Actor, neighbourhoodId: string): Promise<BoundaryResult> {
  assertPermitted(actor);
  if (!isUuid(neighbourhoodId)) return { ok: false, message: "This neighbourhood no longer exists" };
  const removed = await db.$transaction(async (tx) => {
    const { count } = await tx.neighbourhood.updateMany({ where: { id: neighbourhoodId }, data: { boundary: Prisma.DbNull } });
    if (count === 0) return false;
    await writeAuditEvent(tx, {
      actor: auditActorOf(actor),
      action: "admin.neighbourhood.boundary-removed",
      recordType: "Neighbourhood",
      recordId: neighbourhoodId,
    });
    return true;
  });
  return removed ? { ok: true, points: 0 } : { ok: false, message: "This neighbourhood no longer exists" };
}
