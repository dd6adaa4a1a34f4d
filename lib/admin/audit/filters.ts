// The audit viewer's filters, read from the query string (a GET form, so a filtered view can be
// bookmarked and exported): who, which organisation, which record, which action, which dates.
import { z } from "zod";
import { parseCaseReference } from "@/lib/domain/case-reference";
import type { DatePartsInput } from "@/lib/forms/date-parts";
import { optionalDateFromParts } from "@/lib/forms/date-parts";
import { paramOf, type SearchParams } from "@/lib/domain/search-params";
import { isUuid } from "@/lib/domain/uuid";

export type AuditFilterValues = {
  user: string;
  organisation: string;
  recordType: string;
  record: string;
  action: string;
  from: DatePartsInput;
  to: DatePartsInput;
};

export type AuditFilters = {
  userEmail: string | null;
  organisationId: string | null;
  recordType: string | null;
  /** A record id, or a case number when a case reference (GT-000123) was typed. */
  record: { id: string } | { caseNumber: number } | null;
  action: string | null;
  from: Date | null;
  /** The last day included. */
  to: Date | null;
};

const schema = z
  .object({
    user: z.string().trim().max(254),
    organisation: z.string().trim(),
    recordType: z.string().trim().max(64),
    record: z.string().trim().max(100),
    action: z.string().trim().max(100),
    from: optionalDateFromParts("From date"),
    to: optionalDateFromParts("To date"),
  })
  .superRefine((v, ctx) => {
    if (v.from && v.to && v.to < v.from) ctx.addIssue({ code: "custom", path: ["to"], message: "To date must be the same as or after the from date" });
  });

function partsOf(params: SearchParams, name: string): DatePartsInput {
  return { day: paramOf(params, `${name}.day`), month: paramOf(params, `${name}.month`), year: paramOf(params, `${name}.year`) };
}

export function auditFilterValues(params: SearchParams): AuditFilterValues {
  return {
    user: paramOf(params, "user"),
    organisation: paramOf(params, "organisation"),
    recordType: paramOf(params, "recordType"),
    record: paramOf(params, "record"),
    action: paramOf(params, "action"),
    from: partsOf(params, "from"),
    to: partsOf(params, "to"),
  };
}

export function parseAuditFilters(
  values: AuditFilterValues,
): { ok: true; filters: AuditFilters } | { ok: false; fieldErrors: Partial<Record<string, string[]>> } {
  const parsed = schema.safeParse(values);
  if (!parsed.success) return { ok: false, fieldErrors: z.flattenError(parsed.error).fieldErrors };
  const v = parsed.data;
  const caseNumber = /^gt-?\d+$/i.test(v.record) ? parseCaseReference(v.record) : null;
  return {
    ok: true,
    filters: {
      userEmail: v.user ? v.user.toLowerCase() : null,
      organisationId: isUuid(v.organisation) ? v.organisation : null,
      recordType: v.recordType || null,
      record: caseNumber !== null ? { caseNumber } : v.record ? { id: v.record } : null,
      action: v.action || null,
      from: v.from,
      to: v.to,
    },
  };
}

/** The filters as a query string, for page links and the CSV export. */
export function auditQueryString(values: AuditFilterValues, extra: Record<string, string> = {}): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries({ user: values.user, organisation: values.organisation, recordType: values.recordType, record: values.record, action: values.action })) {
    if (value) query.set(name, value);
  }
  for (const name of ["from", "to"] as const) {
    for (const part of ["day", "month", "year"] as const) if (values[name][part]) query.set(`${name}.${part}`, values[name][part]);
  }
  for (const [name, value] of Object.entries(extra)) query.set(name, value);
  return query.toString();
}
