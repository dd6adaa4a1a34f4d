// Times a worker's two busiest pages' data two ways, alternately: through the lib functions the
// pages call — getMyWork() (six lists, each through the access policy's filter and audited) and
// getCaseForView() (decision, case, chronology's first page, audit row) — and as the floor: the
// same first rows as bare SQL on the indexes, without the visibility rule, audit or DTOs.
import type pg from "pg";
import type { Actor } from "@/lib/auth/actor";
import { getCaseForView } from "@/lib/cases/case-view";
import { getMyWork } from "@/lib/cases/my-work/get-my-work";
import { timeBoth, type Timing } from "../dashboard/measure";

export type PageTimings = { lib: Timing; floor: Timing };

function myWorkFloor(actor: Actor) {
  const u = actor.userId;
  const o = actor.organisation.id;
  return [
    { text: `SELECT id, kind, "caseId", "createdAt" FROM "Notification" WHERE "userId" = $1 AND "readAt" IS NULL ORDER BY "createdAt" DESC LIMIT 10`, values: [u] },
    { text: `SELECT r.id, r."caseId", r.urgency, r."sentAt" FROM "Referral" r WHERE r."toOrganisationId" = $1 AND r.status = 'PENDING' ORDER BY r."sentAt" LIMIT 5`, values: [o] },
    { text: `SELECT t.id, t."caseId" FROM "LeadTransfer" t WHERE t."toOrganisationId" = $1 AND t.status = 'PENDING' LIMIT 10`, values: [o] },
    {
      text: `SELECT a.id, a.description, a."dueOn", c.number, p."givenName", p."familyName"
             FROM "CaseAction" a JOIN "SharedCase" c ON c.id = a."caseId" JOIN "Person" p ON p.id = c."personId"
             WHERE a.status IN ('OPEN', 'IN_PROGRESS') AND (a."assigneeUserId" = $1 OR (a."assigneeOrganisationId" = $2 AND a."assigneeUserId" IS NULL))
             ORDER BY a."dueOn", a.id LIMIT 10`,
      values: [u, o],
    },
    {
      text: `SELECT c.id, c.number, c."riskLevel", p."givenName", p."familyName" FROM "SharedCase" c JOIN "Person" p ON p.id = c."personId"
             WHERE c."leadProfessionalId" = $1 AND c.status <> 'CLOSED' ORDER BY c."openedAt" DESC LIMIT 10`,
      values: [u],
    },
    { text: `SELECT n.id, n."caseId", n.kind, n."occurredAt" FROM "CaseNote" n WHERE n."authorOrganisationId" = $1 ORDER BY n."createdAt" DESC LIMIT 10`, values: [o] },
  ];
}

function casePageFloor(caseId: string) {
  return [
    {
      text: `SELECT c.*, p."givenName", p."familyName", p."dateOfBirth" FROM "SharedCase" c JOIN "Person" p ON p.id = c."personId" WHERE c.id = $1`,
      values: [caseId],
    },
    { text: `SELECT n.id, n.kind, n.body, n."occurredAt", n."authorId" FROM "CaseNote" n WHERE n."caseId" = $1 ORDER BY n."occurredAt" DESC LIMIT 20`, values: [caseId] },
    { text: `SELECT a.id, a.description, a."dueOn", a.status FROM "CaseAction" a WHERE a."caseId" = $1 ORDER BY a."dueOn"`, values: [caseId] },
    { text: `SELECT i."organisationId", i.role FROM "CaseInvolvement" i WHERE i."caseId" = $1`, values: [caseId] },
  ];
}

const all = (pool: pg.Pool, statements: { text: string; values: unknown[] }[]) => Promise.all(statements.map((s) => pool.query(s.text, s.values)));

export async function measureMyWork(options: { pool: pg.Pool; actor: Actor; runs: number; warmUp: number }): Promise<PageTimings> {
  const { pool, actor, runs, warmUp } = options;
  const floor = myWorkFloor(actor);
  const [lib, bare] = await timeBoth(runs, warmUp, () => getMyWork(actor), () => all(pool, floor));
  return { lib, floor: bare };
}

export async function measureCasePage(options: { pool: pg.Pool; actor: Actor; caseIds: string[]; runs: number; warmUp: number }): Promise<PageTimings> {
  const { pool, actor, caseIds, runs, warmUp } = options;
  let libTurn = 0;
  let floorTurn = 0;
  const [lib, bare] = await timeBoth(
    runs,
    warmUp,
    async () => {
      const view = await getCaseForView(actor, caseIds[libTurn++ % caseIds.length]);
      if (!view) throw new Error("The timed worker cannot see a case of their organisation");
    },
    () => all(pool, casePageFloor(caseIds[floorTurn++ % caseIds.length])),
  );
  return { lib, floor: bare };
}
