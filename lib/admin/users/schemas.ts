// What the user forms accept: details, roles with their scopes, moves between organisations.
import { z } from "zod";
import { plainString } from "@/lib/forms/text";
import { Role } from "@/lib/generated/prisma/enums";
import { isUuid, uuid } from "@/lib/domain/uuid";

const expired = "The form has expired: reload the page and try again";

export const emailAddress = plainString("email address")
  .trim()
  .min(1, "Enter the email address")
  .max(254, "Email address must be 254 characters or fewer")
  .pipe(z.email("Enter an email address in the correct format, like name@example.org"))
  // Stored lower-cased, so an address is unique however it is typed (schema.prisma, User.email).
  .transform((email) => email.toLowerCase());

const details = {
  name: plainString("name").trim().min(1, "Enter the user's full name").max(200, "Name must be 200 characters or fewer"),
  email: emailAddress,
  jobTitle: plainString("job title")
    .trim()
    .max(120, "Job title must be 120 characters or fewer")
    .transform((t) => (t === "" ? null : t)),
};

/** A lead's area as the form sends it: "locality:<id>" or "neighbourhood:<id>". */
export type LeadArea = { localityId: string; neighbourhoodId: null } | { localityId: null; neighbourhoodId: string };

const leadArea = z.string().transform((value, ctx): LeadArea => {
  const [kind, id] = value.split(":");
  if (isUuid(id) && (kind === "locality" || kind === "neighbourhood")) {
    return kind === "locality" ? { localityId: id, neighbourhoodId: null } : { localityId: null, neighbourhoodId: id };
  }
  ctx.addIssue({ code: "custom", message: "Select areas from the list" });
  return z.NEVER;
});

/** A supervisor's area as the form sends it: "team:<id>" or "neighbourhood:<id>" (every team there). */
export type SupervisedArea = { teamId: string; neighbourhoodId: null } | { teamId: null; neighbourhoodId: string };

const supervisedArea = z.string().transform((value, ctx): SupervisedArea => {
  const [kind, id] = value.split(":");
  if (isUuid(id) && (kind === "team" || kind === "neighbourhood")) {
    return kind === "team" ? { teamId: id, neighbourhoodId: null } : { teamId: null, neighbourhoodId: id };
  }
  ctx.addIssue({ code: "custom", message: "Select teams or neighbourhoods from the list" });
  return z.NEVER;
});

const rolesAndAreas = {
  roles: z.array(z.enum(Role, "Select roles from the list")).min(1, "Select at least one role"),
  leadAreas: z.array(leadArea),
  supervisedAreas: z.array(supervisedArea).default([]),
};

function leadAreasMatchRoles(value: { roles: Role[]; leadAreas: LeadArea[]; supervisedAreas: SupervisedArea[] }, ctx: z.RefinementCtx) {
  // A team lead (supervisor) leads named teams or every team of a neighbourhood: what they
  // oversee, and the barriers they are responsible for (lib/access/barrier-policy.ts).
  const supervisor = value.roles.includes("SUPERVISOR");
  if (supervisor && value.supervisedAreas.length === 0) {
    ctx.addIssue({ code: "custom", path: ["supervisedAreas"], message: "Select the teams or neighbourhoods the supervisor leads" });
  }
  if (!supervisor && value.supervisedAreas.length > 0) {
    ctx.addIssue({ code: "custom", path: ["supervisedAreas"], message: "Teams are only for supervisors: select supervisor, or clear the teams" });
  }
  // Locality leads and budget holders are scoped to the places chosen (a budget holder holds
  // those places' pooled budgets).
  const placed = value.roles.includes("LOCALITY_LEAD") || value.roles.includes("BUDGET_HOLDER");
  if (placed && value.leadAreas.length === 0) {
    const message = value.roles.includes("LOCALITY_LEAD")
      ? "Select the localities or neighbourhoods the locality lead leads"
      : "Select the localities or neighbourhoods whose pooled budgets the budget holder holds";
    ctx.addIssue({ code: "custom", path: ["leadAreas"], message });
  }
  if (!placed && value.leadAreas.length > 0) {
    ctx.addIssue({ code: "custom", path: ["leadAreas"], message: "Areas are only for locality leads and budget holders: select one of those roles, or clear the areas" });
  }
}

export const createUserSchema = z
  .object({
    id: uuid(expired),
    ...details,
    organisationId: uuid("Select the user's organisation"),
    ...rolesAndAreas,
  })
  .superRefine(leadAreasMatchRoles);
export type CreateUserInput = z.input<typeof createUserSchema>;

export const editUserSchema = z.object({ id: uuid(expired), ...details, updatedAt: z.iso.datetime(expired) });
export type EditUserInput = z.input<typeof editUserSchema>;

export const userRolesSchema = z.object({ id: uuid(expired), ...rolesAndAreas }).superRefine(leadAreasMatchRoles);
export type UserRolesInput = z.input<typeof userRolesSchema>;

export const moveUserSchema = z.object({
  id: uuid(expired),
  organisationId: uuid("Select the organisation the user is moving to"),
});
export type MoveUserInput = z.input<typeof moveUserSchema>;

export const userIdSchema = z.object({ id: uuid(expired) });
export type UserIdInput = z.input<typeof userIdSchema>;

export const userStatusFilters = ["active", "deactivated", "awaiting-password"] as const;

export const userFilterSchema = z.object({
  // Checked by the page with searchText (lib/forms/search-text.ts), which says what is wrong.
  q: z.string().catch(""),
  organisation: uuid().or(z.literal("")).catch(""),
  role: z.enum(Role).or(z.literal("")).catch(""),
  status: z.enum(userStatusFilters).or(z.literal("")).catch(""),
});
export type UserFilters = z.infer<typeof userFilterSchema>;
