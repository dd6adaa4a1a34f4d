// The filters, sorts and page sizes of a worker's lists (My work and its full lists), read from
// the query string. Anything unexpected falls back to the default: a list is never an error.
import { z } from "zod";

export const actionDueFilters = ["all", "overdue", "week"] as const;
export const actionForFilters = ["all", "me", "organisation"] as const;
export const actionSorts = ["due", "case"] as const;
export const caseSorts = ["next-action", "opened", "risk"] as const;

export const actionListSchema = z.object({
  due: z.enum(actionDueFilters).catch("all"),
  for: z.enum(actionForFilters).catch("all"),
  sort: z.enum(actionSorts).catch("due"),
});
export type ActionListFilters = z.infer<typeof actionListSchema>;

export const caseListSchema = z.object({ sort: z.enum(caseSorts).catch("next-action") });
export type CaseListFilters = z.infer<typeof caseListSchema>;

export const listPageSize = 25;
/** How many rows of each list the My work overview shows before "View all". */
export const overviewRows = 10;

export const actionDueLabels: Record<ActionListFilters["due"], string> = {
  all: "Any due date",
  overdue: "Overdue",
  week: "Due in the next 7 days",
};

export const actionForLabels: Record<ActionListFilters["for"], string> = {
  all: "Me and my organisation",
  me: "Me",
  organisation: "My organisation (no named person)",
};

export const actionSortLabels: Record<ActionListFilters["sort"], string> = { due: "Due date", case: "Case reference" };

export const caseSortLabels: Record<CaseListFilters["sort"], string> = {
  "next-action": "Next action due",
  opened: "Newest first",
  risk: "Highest risk first",
};
