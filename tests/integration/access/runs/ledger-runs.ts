// Runs of the unit-cost and beneficiary server actions (partnership admins). Each is called by a
// partnership admin and refused for a frontline worker with requireActor's 404.
import { db } from "@/tests/support/owner-db";
import { createUnitCostLine } from "@/lib/ledger/unit-costs/create-unit-cost-line";
import { unitCostColumns } from "@/lib/ledger/unit-costs/unit-cost-csv";
import { OrganisationType } from "@/lib/generated/prisma/enums";
import { createOutcomeType, createPlace, daysFromToday } from "../../../support/case-factories";
import { formDataOf } from "../../../support/form-data";
import type { FieldRule } from "../../../support/invalid-input";
import { run, type Refusal, type RunTable } from "./types";
import { dateParts, type ActionWorld } from "./world";

/**
 * A caller without admin.manage gets requireActor's 404, the same answer as a page that does not
 * exist, before the command (which would audit its own refusal, permitted-or-refused.ts).
 */
const onlyForAdmins: Refusal<unknown> = { as: (w) => w.lead, expected: () => ({ ends: { notFound: true }, audit: [] }) };

const allowed = (action: string, recordId: unknown) => [{ action, outcome: "ALLOWED" as const, recordId }];

/** A line's values as the unit-cost form posts them (fiscal value to NHS trusts). */
const lineForm = { beneficiary: "type:NHS_TRUST", fiscal: "500", economic: "0", social: "0", years: "1", deadweight: "0", attribution: "100", confidenceGrade: "1", optimismBias: "0", priceYear: "2024", source: "Test source", description: "" };

const pounds: FieldRule = { kind: "pounds", max: 1_000_000, allowZero: true };
const lineRules: Record<string, FieldRule> = {
  // The valid input has a fiscal value, so "none" (empty) is refused as well.
  beneficiary: { kind: "choice", values: Object.values(OrganisationType).map((type) => `type:${type}`) },
  fiscal: pounds,
  economic: pounds,
  social: pounds,
  years: { kind: "wholeNumber", min: 1, max: 10 },
  deadweight: { kind: "percent" },
  attribution: { kind: "percent" },
  confidenceGrade: { kind: "wholeNumber", min: 1, max: 6 },
  optimismBias: { kind: "percent" },
  priceYear: { kind: "wholeNumber", min: 2000, max: 2100 },
  source: { kind: "text", max: 300 },
  description: { kind: "optionalText", max: 500 },
  effectiveFrom: { kind: "date", rule: "any" },
};

/** A line in force from 100 days ago, made by the admin; its version's id. */
async function withLine(w: ActionWorld) {
  const type = await createOutcomeType();
  const made = await createUnitCostLine(w.admin, formDataOf({ outcomeTypeId: type.id, ...lineForm, effectiveFrom: daysFromToday(-100) }));
  if (!made.ok) throw new Error("the unit-cost line was not made");
  return { unitCostId: made.id };
}

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

const ledgerAdminActions = {
  createUnitCostAction: run({
    prepare: async () => ({ outcomeTypeId: (await createOutcomeType()).id }),
    call: (w, c) => ({ actor: w.admin, bound: [], form: { outcomeTypeId: c.outcomeTypeId, ...lineForm, effectiveFrom: dateParts(-100) } }),
    expected: async (_w, c) => {
      const made = await db.unitCost.findFirstOrThrow({ where: { outcomeTypeId: c.outcomeTypeId } });
      return { ends: { redirect: "/admin/unit-costs?done=created" }, audit: allowed("admin.unit-cost.create", made.id) };
    },
    refused: onlyForAdmins,
    fuzz: { form: { outcomeTypeId: { kind: "id" }, ...lineRules } },
  }),

  changeUnitCostAction: run({
    prepare: withLine,
    call: (w, c) => ({ actor: w.admin, bound: [c.unitCostId], form: { ...lineForm, fiscal: "750", effectiveFrom: dateParts(-10) } }),
    expected: async (_w, c) => {
      const { lineId } = await db.unitCost.findUniqueOrThrow({ where: { id: c.unitCostId } });
      const now = await db.unitCost.findFirstOrThrow({ where: { lineId, effectiveTo: null } });
      return { ends: { redirect: "/admin/unit-costs?done=changed" }, audit: allowed("admin.unit-cost.change", now.id) };
    },
    refused: onlyForAdmins,
    fuzz: { bound: [{ kind: "id" }], form: lineRules },
  }),

  endUnitCostAction: run({
    prepare: withLine,
    call: (w, c) => ({ actor: w.admin, bound: [c.unitCostId], form: { effectiveTo: dateParts(-10) } }),
    expected: (_w, c) => ({ ends: { redirect: "/admin/unit-costs?done=ended" }, audit: allowed("admin.unit-cost.end", c.unitCostId) }),
    refused: onlyForAdmins,
    fuzz: { bound: [{ kind: "id" }], form: { effectiveTo: { kind: "date", rule: "any" } } },
  }),

  importUnitCostsAction: run({
    prepare: async () => {
      const type = await createOutcomeType();
      const csv = [
        "outcome_code,fiscal_per_year,economic_per_year,years,deadweight_percent,attribution_percent,confidence_grade,price_year,source,effective_from",
        `${type.code},0,250,1,0,100,1,2024,Test import,${isoDay(daysFromToday(-100))}`,
      ].join("\n");
      return { file: new Blob([`${csv}\n`], { type: "text/csv" }) };
    },
    call: (w, c) => ({ actor: w.admin, bound: [], form: { file: c.file } }),
    expected: () => ({ ends: { returns: { ok: true, imported: 1 } }, audit: allowed("admin.unit-cost.import", null) }),
    refused: onlyForAdmins,
    fuzz: {
      form: {
        file: {
          kind: "csvFile",
          required: unitCostColumns.filter((c) => c.required).map((c) => c.name),
          // An export's own extra columns are read back too.
          columns: [...unitCostColumns.map((c) => c.name), "line_id", "effective_to"],
          maxBytes: 2 * 1024 * 1024,
        },
      },
      // The import answers with its problems row by row, not as a form's fields.
      refusal: (returned) => {
        const r = returned as { ok?: unknown; errors?: unknown } | null;
        return r?.ok === false && Array.isArray(r.errors) && r.errors.length > 0;
      },
    },
  }),

  saveBeneficiariesAction: run({
    prepare: async () => {
      const { neighbourhood } = await createPlace();
      return { neighbourhoodId: neighbourhood.id };
    },
    call: (w, c) => ({ actor: w.admin, bound: [{ localityId: null, neighbourhoodId: c.neighbourhoodId }], form: { choices: [`${w.partnerOrg.type}:${w.partnerOrg.id}`] } }),
    expected: (_w, c) => ({ ends: { redirect: "/admin/beneficiaries?done=saved" }, audit: allowed("admin.beneficiaries.save", c.neighbourhoodId) }),
    refused: onlyForAdmins,
    fuzz: {
      bound: [{ kind: "localityOrNeighbourhood" }],
      form: { choices: { kind: "typedIds", types: Object.values(OrganisationType), max: 200 } },
    },
  }),
};

export const ledgerRuns: RunTable = {
  "lib/ledger/admin-actions.ts": ledgerAdminActions,
};
