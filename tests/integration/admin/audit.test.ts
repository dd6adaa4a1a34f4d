import { describe, expect, it } from "vitest";
import { exportAuditCsv } from "@/lib/admin/audit/export-audit";
import { parseAuditFilters, type AuditFilterValues } from "@/lib/admin/audit/filters";
import { listAuditEvents } from "@/lib/admin/audit/queries";
import { changeMembership } from "@/lib/admin/organisations/change-membership";
import { NotPermittedError } from "@/lib/admin/permission";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { parseCsv } from "@/lib/domain/csv";
import { formatCaseReference } from "@/lib/domain/case-reference";
import { db } from "@/tests/support/owner-db";
import { createAdmin, createNonAdmin, noDate } from "../../support/admin-factories";
import { createActor, createCase, createPlace, createTheme } from "../../support/case-factories";
import { createOrganisation } from "../../support/factories";

const blank: AuditFilterValues = { user: "", organisation: "", recordType: "", record: "", action: "", from: noDate, to: noDate };

function filters(values: Partial<AuditFilterValues>) {
  const parsed = parseAuditFilters({ ...blank, ...values });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.fieldErrors));
  return parsed.filters;
}

describe("the audit viewer", () => {
  it("filters by user, organisation, record and action", async () => {
    const admin = await createAdmin();
    const organisation = await createOrganisation();
    await changeMembership(admin, "suspend", { id: organisation.id, reason: "Testing the audit trail" });
    const byUser = await listAuditEvents(admin, filters({ user: admin.email.toUpperCase() }));
    expect(byUser.rows.map((r) => r.action)).toContain("admin.organisation.suspend");
    expect(byUser.rows.every((r) => r.actorName === admin.name)).toBe(true);
    const byRecord = await listAuditEvents(admin, filters({ record: organisation.id, action: "admin.organisation.suspend" }));
    expect(byRecord.total).toBe(1);
    expect(byRecord.rows[0]).toMatchObject({ actorOrganisationName: admin.organisation.name, reasons: ["Testing the audit trail"] });
    const byOrganisation = await listAuditEvents(admin, filters({ organisation: admin.organisation.id, recordType: "Organisation" }));
    expect(byOrganisation.total).toBe(1);
    expect((await listAuditEvents(admin, filters({ user: "nobody@example.org" }))).total).toBe(0);
  });

  it("shows a case by its reference, never the person's name, and finds events by reference", async () => {
    const admin = await createAdmin();
    const { neighbourhood } = await createPlace();
    const lead = await createActor();
    const sharedCase = await createCase({ lead, neighbourhoodId: neighbourhood.id, themeIds: [(await createTheme()).id] });
    await writeAuditEvent(db, { actor: auditActorOf(lead), action: "case.view", recordType: "SharedCase", recordId: sharedCase.id, caseId: sharedCase.id });
    const reference = formatCaseReference(sharedCase.number);
    const list = await listAuditEvents(admin, filters({ record: reference }));
    expect(list.rows).toHaveLength(1);
    expect(list.rows[0]).toMatchObject({ caseReference: reference, action: "case.view", actorName: lead.name });
    expect(JSON.stringify(list)).not.toContain(sharedCase.person.familyName);
  });

  it("filters by dates in UK days, and refuses a range that ends before it starts", async () => {
    const admin = await createAdmin();
    await writeAuditEvent(db, { actor: auditActorOf(admin), action: "test.dated", recordId: admin.userId });
    const today = new Date();
    const day = { day: String(today.getUTCDate()), month: String(today.getUTCMonth() + 1), year: String(today.getUTCFullYear()) };
    const yesterday = new Date(Date.now() - 2 * 86_400_000);
    const earlier = { day: String(yesterday.getUTCDate()), month: String(yesterday.getUTCMonth() + 1), year: String(yesterday.getUTCFullYear()) };
    expect((await listAuditEvents(admin, filters({ user: admin.email, action: "test.dated", from: earlier, to: day }))).total).toBe(1);
    expect((await listAuditEvents(admin, filters({ user: admin.email, action: "test.dated", from: earlier, to: earlier }))).total).toBe(0);
    expect(parseAuditFilters({ ...blank, from: day, to: earlier })).toMatchObject({
      ok: false,
      fieldErrors: { to: ["To date must be the same as or after the from date"] },
    });
  });

  it("pages the trail", async () => {
    const admin = await createAdmin();
    for (let i = 0; i < 55; i += 1) await writeAuditEvent(db, { actor: auditActorOf(admin), action: "test.paging" });
    const first = await listAuditEvents(admin, filters({ user: admin.email, action: "test.paging" }), 1);
    const second = await listAuditEvents(admin, filters({ user: admin.email, action: "test.paging" }), 2);
    expect([first.rows.length, second.rows.length, first.pageCount]).toEqual([50, 5, 2]);
  });

  it("exports the filtered trail as CSV, and audits the export", async () => {
    const admin = await createAdmin();
    const organisation = await createOrganisation();
    await changeMembership(admin, "suspend", { id: organisation.id, reason: "=HYPERLINK(\"evil\")" });
    const result = await exportAuditCsv(admin, filters({ record: organisation.id }), "192.0.2.7");
    if (!result.ok) throw new Error(result.message);
    const [header, ...rows] = parseCsv(result.csv);
    expect(header).toContain("Case reference");
    expect(rows).toHaveLength(1);
    expect(rows[0]).toContain("admin.organisation.suspend");
    expect(rows[0]).toContain("'=HYPERLINK(\"evil\")");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { actorUserId: admin.userId, action: "admin.audit.export" } });
    expect(audit).toMatchObject({ ipAddress: "192.0.2.7", details: { rows: 1 } });
  });

  it("refuses someone without audit.read", async () => {
    const worker = await createNonAdmin();
    await expect(listAuditEvents(worker, filters({}))).rejects.toThrow(NotPermittedError);
    await expect(exportAuditCsv(worker, filters({}), null)).rejects.toThrow(NotPermittedError);
  });
});
