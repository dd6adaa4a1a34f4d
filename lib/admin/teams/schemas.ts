// What the team forms accept: co-located multi-agency teams and their members.
import { z } from "zod";
import { plainString } from "@/lib/forms/text";
import { emailAddress } from "../users/schemas";
import { uuid } from "@/lib/domain/uuid";

const expired = "The form has expired: reload the page and try again";

export const teamSchema = z.object({
  id: uuid(expired),
  name: plainString("name").trim().min(1, "Enter the team's name").max(150, "Name must be 150 characters or fewer"),
  neighbourhoodId: uuid("Select the neighbourhood the team serves"),
  baseAddress: plainString("address")
    .trim()
    .min(1, "Enter the address the team is based at")
    .max(300, "Address must be 300 characters or fewer"),
});
export type TeamInput = z.input<typeof teamSchema>;

export const editTeamSchema = teamSchema.extend({ updatedAt: z.iso.datetime(expired) });
export type EditTeamInput = z.input<typeof editTeamSchema>;

export const addTeamMemberSchema = z.object({
  teamId: uuid(expired),
  email: emailAddress,
  roleInTeam: plainString("role in the team")
    .trim()
    .max(120, "Role in the team must be 120 characters or fewer")
    .transform((t) => (t === "" ? null : t)),
});
export type AddTeamMemberInput = z.input<typeof addTeamMemberSchema>;

export const removeTeamMemberSchema = z.object({ teamId: uuid(expired), userId: uuid(expired) });
export type RemoveTeamMemberInput = z.input<typeof removeTeamMemberSchema>;
