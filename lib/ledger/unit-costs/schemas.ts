// What a unit-cost line (or a new version of one) must hold, as typed in the form or a CSV row.
import { z } from "zod";
import { dateFromParts } from "@/lib/forms/date-parts";
import { parsePercent } from "@/lib/domain/money";
import { poundsField } from "@/lib/budgets/schemas";
import { OrganisationType } from "@/lib/generated/prisma/enums";
import { isUuid, uuid } from "@/lib/domain/uuid";
import { controlCharacterMessage, isPlainText } from "@/lib/forms/text";

const percent = (label: string) =>
  z.string().transform((text, ctx) => {
    const value = parsePercent(text);
    if (text.trim() === "" || value === null) {
      ctx.addIssue({ code: "custom", message: `Enter ${label} as a percentage from 0 to 100, like 25 or 12.5` });
      return z.NEVER;
    }
    return value;
  });

const whole = (label: string, min: number, max: number) =>
  z.string().trim().regex(/^\d+$/, `Enter ${label} as a whole number from ${min} to ${max}`).transform(Number).pipe(z.number().min(min, `Enter ${label} as a whole number from ${min} to ${max}`).max(max, `Enter ${label} as a whole number from ${min} to ${max}`));

/** "type:POLICE", "organisation:<id>" or "" (no fiscal beneficiary). */
export const beneficiaryField = z.string().transform((value, ctx) => {
  if (value === "") return { beneficiaryType: null, beneficiaryOrganisationId: null };
  const [kind, id] = value.split(":");
  if (kind === "type" && z.enum(OrganisationType).safeParse(id).success) return { beneficiaryType: id as OrganisationType, beneficiaryOrganisationId: null };
  if (kind === "organisation" && isUuid(id)) return { beneficiaryType: null, beneficiaryOrganisationId: id };
  ctx.addIssue({ code: "custom", message: "Choose who receives the fiscal benefit from the list" });
  return z.NEVER;
});

export const unitCostValuesSchema = z
  .object({
    beneficiary: beneficiaryField,
    fiscal: poundsField("fiscal value per year", { allowZero: true }),
    economic: poundsField("economic value per year", { allowZero: true }),
    social: poundsField("social value per year", { allowZero: true }),
    years: whole("the number of years", 1, 10),
    deadweight: percent("deadweight"),
    attribution: percent("attribution"),
    confidenceGrade: whole("the confidence grade", 1, 6),
    optimismBias: percent("the optimism bias correction"),
    priceYear: whole("the price year", 2000, 2100),
    source: z.string().refine(isPlainText, controlCharacterMessage("the source")).trim().min(1, "Enter the source of the values").max(300, "Source must be 300 characters or fewer"),
    description: z.string().refine(isPlainText, controlCharacterMessage("the description")).trim().max(500, "Description must be 500 characters or fewer"),
    effectiveFrom: dateFromParts("Date it applies from"),
  })
  .superRefine((v, ctx) => {
    if (v.fiscal > 0 && !v.beneficiary.beneficiaryType && !v.beneficiary.beneficiaryOrganisationId) {
      ctx.addIssue({ code: "custom", path: ["beneficiary"], message: "Choose who receives the fiscal benefit" });
    }
    if (v.fiscal === 0 && v.economic === 0 && v.social === 0) {
      ctx.addIssue({ code: "custom", path: ["fiscal"], message: "Enter at least one value: fiscal, economic or social" });
    }
  });

export const newLineSchema = z.object({ outcomeTypeId: uuid("Choose the outcome") }).and(unitCostValuesSchema);

export const endLineSchema = z.object({ effectiveTo: dateFromParts("Date it stops applying") });
