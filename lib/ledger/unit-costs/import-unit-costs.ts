// Imports unit costs from CSV, all or nothing: every row is checked first (all problems listed,
// row by row); then each row adds a line, or a new version of the line with the same outcome
// and beneficiary from its date (closing the version in force). Outcomes achieved from the
// earliest date of each outcome type are re-valued, in the same audited transaction.
import "server-only";
import { unsafeAsSystem } from "@/lib/db/access-context";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import type { Actor } from "@/lib/auth/actor";
import { auditActorOf, writeAuditEvent } from "@/lib/audit/write-audit-event";
import { columnKey, type RowError } from "@/lib/admin/import/import-kinds";
import { parseDay, parseOrganisationType } from "@/lib/admin/import/cell-parsers";
import { CsvParseError, parseCsv } from "@/lib/domain/csv";
import { confidenceGrades } from "@/lib/domain/cost-benefit";
import { db } from "@/lib/db";
import { permittedOrRefused } from "./permitted-or-refused";
import { recreditOutcomes } from "./recredit";
import { unitCostValuesSchema } from "./schemas";
import { unitCostColumns } from "./unit-cost-csv";
import { versionData } from "./unit-cost-values";

export type UnitCostImport = { ok: true; imported: number; revalued: number } | { ok: false; errors: RowError[] };

const fieldColumn: Record<string, string> = {
  beneficiary: "beneficiary_type", fiscal: "fiscal_per_year", economic: "economic_per_year", social: "social_per_year", years: "years",
  deadweight: "deadweight_percent", attribution: "attribution_percent", confidenceGrade: "confidence_grade", optimismBias: "optimism_bias_percent",
  priceYear: "price_year", source: "source", description: "description", effectiveFrom: "effective_from",
};

export async function importUnitCosts(actor: Actor, text: string): Promise<UnitCostImport> {
  await permittedOrRefused(actor, "admin.unit-cost.import");
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvParseError) return { ok: false, errors: [{ row: error.row, column: null, message: error.message }] };
    throw error;
  }
  const [header = [], ...body] = records;
  const columns = header.map(columnKey);
  const errors: RowError[] = [];
  for (const c of unitCostColumns) if (c.required && !columns.includes(c.name)) errors.push({ row: 1, column: c.name, message: `The column "${c.name}" is missing` });
  // An export's own extra columns (line_id, effective_to) are read back without complaint.
  for (const c of columns) if (c && c !== "line_id" && c !== "effective_to" && !unitCostColumns.some((u) => u.name === c)) errors.push({ row: 1, column: c, message: `"${c}" is not a column of a unit-cost import` });
  if (errors.length) return { ok: false, errors };
  const rows = body.map((fields, i) => ({ row: i + 2, cell: (name: string) => (fields[columns.indexOf(name)] ?? "").trim() })).filter((r) => columns.some((c) => r.cell(c) !== ""));
  if (rows.length === 0) return { ok: false, errors: [{ row: 2, column: null, message: "The file has no rows after the header" }] };
  if (rows.length > 2000) return { ok: false, errors: [{ row: 0, column: null, message: "Import at most 2,000 unit-cost rows at a time" }] };

  const [types, organisations] = await Promise.all([
    db.outcomeType.findMany({ select: { id: true, code: true } }),
    db.organisation.findMany({ select: { id: true, name: true } }),
  ]);
  const typeByCode = new Map(types.map((t) => [t.code.toUpperCase(), t.id]));
  const organisationByName = new Map(organisations.map((o) => [o.name.toLowerCase(), o.id]));
  const valid: { outcomeTypeId: string; data: ReturnType<typeof versionData> }[] = [];
  const seen = new Set<string>();
  for (const { row, cell } of rows) {
    const outcomeTypeId = typeByCode.get(cell("outcome_code").toUpperCase());
    if (!outcomeTypeId) errors.push({ row, column: "outcome_code", message: `Row ${row}: "${cell("outcome_code")}" is not the code of an outcome` });
    const typeText = cell("beneficiary_type");
    const organisationText = cell("beneficiary_organisation");
    const type = typeText ? parseOrganisationType(typeText) : null;
    const organisationId = organisationText ? organisationByName.get(organisationText.toLowerCase()) : undefined;
    if (typeText && !type) errors.push({ row, column: "beneficiary_type", message: `Row ${row}: "${typeText}" is not a type of organisation` });
    if (organisationText && !organisationId) errors.push({ row, column: "beneficiary_organisation", message: `Row ${row}: no organisation is called "${organisationText}"` });
    if (typeText && organisationText) errors.push({ row, column: "beneficiary_organisation", message: `Row ${row}: give a type or an organisation, not both` });
    const day = parseDay(cell("effective_from"));
    const grade = Number(cell("confidence_grade"));
    const defaultBias = confidenceGrades.find((g) => g.grade === grade)?.optimismBiasBasisPoints;
    const parsed = unitCostValuesSchema.safeParse({
      beneficiary: organisationId ? `organisation:${organisationId}` : type ? `type:${type}` : "",
      fiscal: cell("fiscal_per_year") || "0",
      economic: cell("economic_per_year") || "0",
      social: cell("social_per_year") || "0",
      years: cell("years"),
      deadweight: cell("deadweight_percent"),
      attribution: cell("attribution_percent"),
      confidenceGrade: cell("confidence_grade"),
      optimismBias: cell("optimism_bias_percent") || (defaultBias === undefined ? "" : String(defaultBias / 100)),
      priceYear: cell("price_year"),
      source: cell("source"),
      description: cell("description"),
      effectiveFrom: day ? { day: String(day.getUTCDate()), month: String(day.getUTCMonth() + 1), year: String(day.getUTCFullYear()) } : { day: "", month: "", year: "" },
    });
    if (!parsed.success) {
      for (const [field, messages] of Object.entries(z.flattenError(parsed.error).fieldErrors)) {
        const column = fieldColumn[field] ?? null;
        errors.push({ row, column, message: `Row ${row}: ${field === "effectiveFrom" && !day && cell("effective_from") ? "the date must be like 2026-04-01 or 01/04/2026" : (messages as string[])[0]}` });
      }
      continue;
    }
    if (!outcomeTypeId) continue;
    const key = `${outcomeTypeId}|${parsed.data.beneficiary.beneficiaryType ?? ""}|${parsed.data.beneficiary.beneficiaryOrganisationId ?? ""}`;
    if (seen.has(key)) errors.push({ row, column: null, message: `Row ${row}: another row gives the same outcome and beneficiary` });
    seen.add(key);
    valid.push({ outcomeTypeId, data: versionData(parsed.data) });
  }
  if (errors.length) return { ok: false, errors: errors.slice(0, 500) };

  return unsafeAsSystem(async (tx) => {
    const earliest = new Map<string, Date>();
    for (const { outcomeTypeId, data } of valid) {
      const current = await tx.unitCost.findFirst({
        where: { outcomeTypeId, beneficiaryType: data.beneficiaryType, beneficiaryOrganisationId: data.beneficiaryOrganisationId, effectiveTo: null },
        select: { id: true, lineId: true, effectiveFrom: true },
      });
      if (current && data.effectiveFrom <= current.effectiveFrom) {
        return { ok: false as const, errors: [{ row: 0, column: "effective_from", message: "A row's date is not after the start of the version in force for its outcome and beneficiary: nothing was imported" }] };
      }
      if (current) await tx.unitCost.update({ where: { id: current.id }, data: { effectiveTo: data.effectiveFrom } });
      await tx.unitCost.create({ data: { lineId: current?.lineId ?? randomUUID(), outcomeTypeId, ...data, createdById: actor.userId } });
      const was = earliest.get(outcomeTypeId);
      if (!was || data.effectiveFrom < was) earliest.set(outcomeTypeId, data.effectiveFrom);
    }
    let revalued = 0;
    for (const [outcomeTypeId, from] of earliest) revalued += await recreditOutcomes(tx, { outcomeTypeId, achievedOn: { gte: from } });
    await writeAuditEvent(tx, { actor: auditActorOf(actor), action: "admin.unit-cost.import", recordType: "UnitCost", details: { imported: valid.length, revalued } });
    return { ok: true as const, imported: valid.length, revalued };
  }, { timeout: 600_000 });
}
