// The person page's chronology filters, read from the query string (a GET form, so a filtered
// chronology is a link): which organisation wrote it, what kind of entry, and between which days.
import { z } from "zod";
import { optionalDateFromParts, type DatePartsInput } from "@/lib/forms/date-parts";
import type { FieldErrors } from "@/lib/forms/form-state";
import { ContactKind } from "@/lib/generated/prisma/enums";
import { paramOf, type SearchParams } from "@/lib/domain/search-params";
import { pageFrom } from "@/lib/domain/paging";
import { isUuid } from "@/lib/domain/uuid";

export type ChronologyFilterValues = { organisation: string; kind: string; from: DatePartsInput; to: DatePartsInput };

export type ChronologyFilters = {
  organisationId: string | null;
  kind: ContactKind | null;
  from: Date | null;
  /** The last day included. */
  to: Date | null;
  page: number;
};

const schema = z
  .object({
    organisation: z.string().trim().refine((v) => v === "" || isUuid(v), "Choose an organisation from the list"),
    kind: z.union([z.literal(""), z.enum(ContactKind)], { error: "Choose a kind of entry from the list" }),
    from: optionalDateFromParts("From date"),
    to: optionalDateFromParts("To date"),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.to < v.from) ctx.addIssue({ code: "custom", path: ["to"], message: "To date must be the same as or after the from date" });
  });

const partsOf = (params: SearchParams, name: string): DatePartsInput => ({
  day: paramOf(params, `${name}.day`),
  month: paramOf(params, `${name}.month`),
  year: paramOf(params, `${name}.year`),
});

export function chronologyFilterValues(params: SearchParams): ChronologyFilterValues {
  return { organisation: paramOf(params, "organisation"), kind: paramOf(params, "kind"), from: partsOf(params, "from"), to: partsOf(params, "to") };
}

export function parseChronologyFilters(
  values: ChronologyFilterValues,
  page: string | string[] | undefined,
): { ok: true; filters: ChronologyFilters } | { ok: false; fieldErrors: FieldErrors } {
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const v = parsed.data;
  return { ok: true, filters: { organisationId: v.organisation || null, kind: v.kind || null, from: v.from, to: v.to, page: pageFrom(page) } };
}

export function isFiltered(values: ChronologyFilterValues): boolean {
  return Boolean(values.organisation || values.kind || Object.values(values.from).some(Boolean) || Object.values(values.to).some(Boolean));
}

/** The filters as query-string pairs, for the chronology's page links. */
export function chronologyQuery(values: ChronologyFilterValues): Record<string, string> {
  const query: Record<string, string> = { organisation: values.organisation, kind: values.kind };
  for (const name of ["from", "to"] as const) for (const part of ["day", "month", "year"] as const) query[`${name}.${part}`] = values[name][part];
  return query;
}
