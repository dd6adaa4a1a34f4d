// The unit-cost table and who receives each place's benefits, for partnership admins: adding,
// changing from a date (never editing a version), CSV import all or nothing and export, and
// choosing beneficiaries, each re-valuing only the outcomes it should; others refused, audited.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { NotPermittedError } from "@/lib/admin/permission";
import { recordOutcome } from "@/lib/cases/record-outcome";
import { db } from "@/tests/support/owner-db";
import { parseCsv } from "@/lib/domain/csv";
import { savePlaceBeneficiaries } from "@/lib/ledger/beneficiaries/save-place-beneficiaries";
import { changeUnitCost } from "@/lib/ledger/unit-costs/change-unit-cost";
import { createUnitCostLine } from "@/lib/ledger/unit-costs/create-unit-cost-line";
import { importUnitCosts } from "@/lib/ledger/unit-costs/import-unit-costs";
import { exportUnitCosts } from "@/lib/ledger/unit-costs/queries";
import { createOrganisation, createOutcomeType, daysFromToday } from "../../support/case-factories";
import { formDataOf } from "../../support/form-data";
import { budgetWorld, type BudgetWorld } from "../budgets/budget-world";

let w: BudgetWorld;
beforeAll(async () => {
  w = await budgetWorld();
});

const line = (fields: Record<string, string | Date>) =>
  formDataOf({ beneficiary: "type:NHS_TRUST", fiscal: "500", economic: "0", social: "0", years: "1", deadweight: "0", attribution: "100", confidenceGrade: "1", optimismBias: "0", priceYear: "2024", source: "Test", description: "", effectiveFrom: daysFromToday(-100), ...fields });

const outcome = (caseId: string, outcomeTypeId: string, days: number) =>
  recordOutcome(w.lead, caseId, formDataOf({ outcomeTypeId, achievedOn: daysFromToday(days), evidence: "Seen", clientRequestId: randomUUID() }));

describe("unit-cost lines", () => {
  it("bad input gets a message at each field and writes nothing", async () => {
    const type = await createOutcomeType();
    const result = await createUnitCostLine(w.admin, line({ outcomeTypeId: type.id, beneficiary: "", fiscal: "10", years: "11", deadweight: "120", source: "" }));
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: {
        years: ["Enter the number of years as a whole number from 1 to 10"],
        deadweight: ["Enter deadweight as a percentage from 0 to 100, like 25 or 12.5"],
        source: ["Enter the source of the values"],
      },
      values: { years: "11" },
    });
    // The checks across fields come once each field is right on its own.
    expect(await createUnitCostLine(w.admin, line({ outcomeTypeId: type.id, beneficiary: "", fiscal: "10" }))).toMatchObject({ ok: false, fieldErrors: { beneficiary: ["Choose who receives the fiscal benefit"] } });
    expect(await db.unitCost.count({ where: { outcomeTypeId: type.id } })).toBe(0);
  });

  it("someone who is not a partnership admin is refused, and the refusal audited", async () => {
    const type = await createOutcomeType();
    await expect(createUnitCostLine(w.lead, line({ outcomeTypeId: type.id }))).rejects.toThrow(NotPermittedError);
    expect(await db.auditEvent.count({ where: { actorUserId: w.lead.userId, action: "admin.unit-cost.create", outcome: "DENIED" } })).toBe(1);
  });

  it("a change from a date re-values only outcomes from that date; the old version's values are kept", async () => {
    const type = await createOutcomeType();
    const c = await w.newCase();
    await outcome(c.id, type.id, -50);
    expect(await db.benefitCredit.count({ where: { ledgerOutcome: { caseId: c.id } } })).toBe(0); // no line yet
    expect((await createUnitCostLine(w.admin, line({ outcomeTypeId: type.id }))).ok).toBe(true);
    await outcome(c.id, type.id, -5);
    // Adding the line re-valued the earlier outcome too (it is after the line's date).
    expect((await db.benefitCredit.findMany({ where: { ledgerOutcome: { caseId: c.id } } })).map((x) => x.netPence)).toEqual([50_000, 50_000]);
    const version = await db.unitCost.findFirstOrThrow({ where: { outcomeTypeId: type.id, effectiveTo: null } });
    expect(await changeUnitCost(w.admin, version.id, line({ effectiveFrom: daysFromToday(-200) }))).toMatchObject({ ok: false, fieldErrors: { effectiveFrom: [expect.stringContaining("must be after")] } });
    expect((await changeUnitCost(w.admin, version.id, line({ fiscal: "800", effectiveFrom: daysFromToday(-20) }))).ok).toBe(true);
    const credits = await db.benefitCredit.findMany({ where: { ledgerOutcome: { caseId: c.id } }, orderBy: { achievedOn: "asc" } });
    expect(credits.map((x) => x.netPence)).toEqual([50_000, 80_000]);
    expect(await db.unitCost.count({ where: { lineId: version.lineId } })).toBe(2);
    await expect(db.unitCost.update({ where: { id: version.id }, data: { fiscalPencePerYear: 1 } })).rejects.toThrow(/never edited/);
    await expect(db.unitCost.delete({ where: { id: version.id } })).rejects.toThrow(/not allowed/);
  });
});

describe("CSV import and export", () => {
  it("imports a new line and a new version of an existing one, all at once", async () => {
    const type = await createOutcomeType();
    const code = (await db.outcomeType.findUniqueOrThrow({ where: { id: type.id } })).code;
    const csv = [
      "outcome_code,beneficiary_type,fiscal_per_year,years,deadweight_percent,attribution_percent,confidence_grade,price_year,source,effective_from",
      `${code},Police,1000,2,20,50,3,2024,Test import,2025-04-01`,
      `${code},NHS trust,300,1,10,50,2,2024,Test import,01/04/2025`,
    ].join("\n");
    expect(await importUnitCosts(w.admin, csv)).toMatchObject({ ok: true, imported: 2 });
    const next = `outcome_code,beneficiary_type,fiscal_per_year,years,deadweight_percent,attribution_percent,confidence_grade,price_year,source,effective_from\n${code},Police,1200,2,20,50,3,2025,Test import,2026-01-01`;
    expect(await importUnitCosts(w.admin, next)).toMatchObject({ ok: true, imported: 1 });
    const police = await db.unitCost.findMany({ where: { outcomeTypeId: type.id, beneficiaryType: "POLICE" }, orderBy: { effectiveFrom: "asc" } });
    expect(police.map((p) => [p.fiscalPencePerYear, p.optimismBiasBasisPoints, p.effectiveTo?.toISOString().slice(0, 10) ?? null])).toEqual([[100_000, 1000, "2026-01-01"], [120_000, 1000, null]]);
    expect(police[0].lineId).toBe(police[1].lineId);
  });

  it("lists every problem row by row, and imports nothing when any row is wrong", async () => {
    const type = await createOutcomeType();
    const code = (await db.outcomeType.findUniqueOrThrow({ where: { id: type.id } })).code;
    const csv = `outcome_code,beneficiary_type,fiscal_per_year,years,deadweight_percent,attribution_percent,confidence_grade,price_year,source,effective_from\n${code},Police,1000,2,20,50,3,2024,Ok,2025-04-01\nNOPE,Wizards,x,0,20,50,9,2024,,31/02/2025`;
    const result = await importUnitCosts(w.admin, csv);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.column)).toEqual(expect.arrayContaining(["outcome_code", "beneficiary_type", "fiscal_per_year", "years", "confidence_grade", "source", "effective_from"]));
    expect(result.errors.every((e) => e.row === 3)).toBe(true);
    expect(await db.unitCost.count({ where: { outcomeTypeId: type.id } })).toBe(0);
  });

  it("exports every version with its dates, formulas neutralised, and the export is audited", async () => {
    const type = await createOutcomeType();
    await createUnitCostLine(w.admin, line({ outcomeTypeId: type.id, source: "=HYPERLINK(\"x\")" }));
    const rows = parseCsv(await exportUnitCosts(w.admin, null));
    expect(rows[0].slice(0, 3)).toEqual(["line_id", "outcome_code", "beneficiary_type"]);
    expect(rows.some((r) => r.includes("'=HYPERLINK(\"x\")"))).toBe(true);
    expect(await db.auditEvent.count({ where: { actorUserId: w.admin.userId, action: "admin.unit-cost.export" } })).toBe(1);
  });
});

describe("who receives a place's benefits", () => {
  it("choosing the locality's trust re-values its outcomes that were not yet assigned; others are refused and audited", async () => {
    const type = await createOutcomeType();
    await createUnitCostLine(w.admin, line({ outcomeTypeId: type.id }));
    const c = await w.newCase();
    await outcome(c.id, type.id, -3);
    expect((await db.benefitCredit.findFirstOrThrow({ where: { ledgerOutcome: { caseId: c.id } } })).organisationId).toBeNull();
    const trust = await createOrganisation({ type: "NHS_TRUST" });
    expect((await savePlaceBeneficiaries(w.admin, { localityId: w.localityId, neighbourhoodId: null }, formDataOf({ choices: [`NHS_TRUST:${trust.id}`] }))).ok).toBe(true);
    expect((await db.benefitCredit.findFirstOrThrow({ where: { ledgerOutcome: { caseId: c.id } } })).organisationId).toBe(trust.id);
    expect(await savePlaceBeneficiaries(w.admin, { localityId: w.localityId, neighbourhoodId: null }, formDataOf({ choices: [`POLICE:${trust.id}`] }))).toMatchObject({ ok: false, fieldErrors: { choices: ["Choose organisations from the lists"] } });
    await expect(savePlaceBeneficiaries(w.holder, { localityId: w.localityId, neighbourhoodId: null }, formDataOf({ choices: [] }))).rejects.toThrow(NotPermittedError);
    expect(await db.auditEvent.count({ where: { actorUserId: w.holder.userId, action: "admin.beneficiaries.save", outcome: "DENIED" } })).toBe(1);
  });
});
