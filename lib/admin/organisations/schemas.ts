// What the organisation forms and filters accept.
import { z } from "zod";
import { plainString } from "@/lib/forms/text";
import { dateFromParts } from "@/lib/forms/date-parts";
import { OrganisationStatus, OrganisationType } from "@/lib/generated/prisma/enums";
import { uuid } from "@/lib/domain/uuid";
import { wideAccessRoleChoices } from "@/lib/access/need-to-know";

export const organisationSchema = z.object({
  id: uuid("The form has expired: reload the page and try again"),
  name: plainString("name")
    .trim()
    .min(1, "Enter the organisation's name")
    .max(200, "Name must be 200 characters or fewer"),
  // Piped through a string so the form's type (what was typed) stays a plain string.
  type: z.string().pipe(z.enum(OrganisationType, "Select the type of organisation")),
});
export type OrganisationInput = z.input<typeof organisationSchema>;

export const editOrganisationSchema = organisationSchema.extend({
  /** When the form was opened: a save over someone else's change is refused. */
  updatedAt: z.iso.datetime("The form has expired: reload the page and try again"),
});
export type EditOrganisationInput = z.input<typeof editOrganisationSchema>;

const organisationId = uuid("Organisation not found");

export const membershipChangeSchemas = {
  activate: z.object({ id: organisationId, joinedOn: dateFromParts("Date joined", "pastOrToday") }),
  suspend: z.object({
    id: organisationId,
    reason: plainString("reason").trim().min(1, "Enter why the organisation is suspended").max(500, "Reason must be 500 characters or fewer"),
  }),
  reinstate: z.object({ id: organisationId }),
  leave: z.object({ id: organisationId, leftOn: dateFromParts("Date left", "pastOrToday") }),
};
export type MembershipChangeInput = {
  activate: z.input<(typeof membershipChangeSchemas)["activate"]>;
  suspend: z.input<(typeof membershipChangeSchemas)["suspend"]>;
  reinstate: z.input<(typeof membershipChangeSchemas)["reinstate"]>;
  leave: z.input<(typeof membershipChangeSchemas)["leave"]>;
};

export const organisationFilterSchema = z.object({
  // Checked by the page with searchText (lib/forms/search-text.ts), which says what is wrong.
  q: z.string().catch(""),
  type: z.enum(OrganisationType).or(z.literal("")).catch(""),
  status: z.enum(OrganisationStatus).or(z.literal("")).catch(""),
});
export type OrganisationFilters = z.infer<typeof organisationFilterSchema>;

/** Need-to-know: the roles the organisation gives access to all of its cases (lib/access/need-to-know.ts). */
export const wideAccessSchema = z.object({
  id: organisationId,
  wideAccessRoles: z.array(z.string().pipe(z.enum(wideAccessRoleChoices, "Choose only the roles listed"))).max(wideAccessRoleChoices.length),
  updatedAt: z.iso.datetime("The form has expired: reload the page and try again"),
});
export type WideAccessInput = z.input<typeof wideAccessSchema>;
