import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { NotPermittedError } from "@/lib/admin/permission";
import { getTeam, listTeams } from "@/lib/admin/teams/queries";
import { createTeam, updateTeam } from "@/lib/admin/teams/save-team";
import { addTeamMember, removeTeamMember } from "@/lib/admin/teams/team-members";
import { db } from "@/tests/support/owner-db";
import { createAdmin, createNonAdmin } from "../../support/admin-factories";
import { createPlace } from "../../support/case-factories";
import { createOrganisation, createUser, uniqueSuffix } from "../../support/factories";

async function newTeam() {
  const admin = await createAdmin();
  const { neighbourhood } = await createPlace();
  const id = randomUUID();
  const name = `Harpurhey Integrated Neighbourhood Team ${uniqueSuffix()}`;
  const result = await createTeam(admin, { id, name, neighbourhoodId: neighbourhood.id, baseAddress: "Harpurhey Health Centre, M9 4DH" });
  expect(result).toEqual({ ok: true, id });
  return { admin, neighbourhood, id, name };
}

describe("co-located teams", () => {
  it("adds a team for a neighbourhood with a base address, audited", async () => {
    const { id, neighbourhood } = await newTeam();
    expect(await db.team.findUniqueOrThrow({ where: { id } })).toMatchObject({ neighbourhoodId: neighbourhood.id, baseAddress: "Harpurhey Health Centre, M9 4DH" });
    expect(await db.auditEvent.count({ where: { recordId: id, action: "admin.team.create" } })).toBe(1);
  });

  it("refuses a second team of the same name in the neighbourhood, and missing fields", async () => {
    const { admin, neighbourhood, name } = await newTeam();
    expect(await createTeam(admin, { id: randomUUID(), name: name.toUpperCase(), neighbourhoodId: neighbourhood.id, baseAddress: "x" })).toMatchObject({
      ok: false,
      fieldErrors: { name: ["The neighbourhood already has a team with this name"] },
    });
    expect(await createTeam(admin, { id: randomUUID(), name: "", neighbourhoodId: "", baseAddress: "" })).toMatchObject({
      ok: false,
      fieldErrors: {
        name: ["Enter the team's name"],
        neighbourhoodId: ["Select the neighbourhood the team serves"],
        baseAddress: ["Enter the address the team is based at"],
      },
    });
  });

  it("changes a team, refusing a stale form", async () => {
    const { admin, id, neighbourhood } = await newTeam();
    const team = await db.team.findUniqueOrThrow({ where: { id } });
    const input = { id, name: `Renamed ${uniqueSuffix()}`, neighbourhoodId: neighbourhood.id, baseAddress: "New base", updatedAt: team.updatedAt.toISOString() };
    expect(await updateTeam(admin, input)).toMatchObject({ ok: true });
    expect(await updateTeam(admin, { ...input, name: "Again" })).toMatchObject({ ok: false, formError: expect.stringMatching(/Someone else changed/) });
  });

  it("shows one workforce: members grouped by organisation, with job titles", async () => {
    const { admin, id } = await newTeam();
    const council = await createOrganisation({ name: `A Council ${uniqueSuffix()}` });
    const police = await createOrganisation({ name: `B Police ${uniqueSuffix()}`, type: "POLICE" });
    const officer = await createUser({ organisationId: council.id });
    await db.user.update({ where: { id: officer.id }, data: { jobTitle: "Housing Options Officer" } });
    const pcso = await createUser({ organisationId: police.id });
    expect(await addTeamMember(admin, { teamId: id, email: officer.email.toUpperCase(), roleInTeam: "Team leader" })).toMatchObject({ ok: true });
    expect(await addTeamMember(admin, { teamId: id, email: pcso.email, roleInTeam: "" })).toMatchObject({ ok: true });

    const team = await getTeam(admin, id);
    expect(team?.workforce.map((w) => w.organisation.name)).toEqual([council.name, police.name]);
    expect(team?.workforce[0].members[0]).toMatchObject({ name: officer.name, jobTitle: "Housing Options Officer", roleInTeam: "Team leader" });
    expect((await listTeams(admin, { q: team?.name ?? "", locality: "" }))[0]).toMatchObject({ members: 2, organisations: 2 });
  });

  it("refuses an unknown address, someone already in the team and a deactivated user", async () => {
    const { admin, id } = await newTeam();
    const user = await createUser();
    await addTeamMember(admin, { teamId: id, email: user.email, roleInTeam: "" });
    expect(await addTeamMember(admin, { teamId: id, email: user.email, roleInTeam: "" })).toMatchObject({
      ok: false,
      fieldErrors: { email: [`${user.name} is already in this team`] },
    });
    expect(await addTeamMember(admin, { teamId: id, email: "nobody@example.org", roleInTeam: "" })).toMatchObject({
      ok: false,
      fieldErrors: { email: ["No user has this email address"] },
    });
    const gone = await createUser({ deactivated: true });
    expect(await addTeamMember(admin, { teamId: id, email: gone.email, roleInTeam: "" })).toMatchObject({ ok: false, fieldErrors: { email: [expect.stringMatching(/deactivated/)] } });
  });

  it("removes a member, audited", async () => {
    const { admin, id } = await newTeam();
    const user = await createUser();
    await addTeamMember(admin, { teamId: id, email: user.email, roleInTeam: "" });
    expect(await removeTeamMember(admin, { teamId: id, userId: user.id })).toMatchObject({ ok: true });
    expect(await db.teamMember.count({ where: { teamId: id } })).toBe(0);
    expect(await db.auditEvent.count({ where: { recordId: id, action: "admin.team.member-remove" } })).toBe(1);
    expect(await removeTeamMember(admin, { teamId: id, userId: user.id })).toMatchObject({ ok: false, formError: "This person is no longer in the team" });
  });

  it("refuses a non-admin everywhere", async () => {
    const { id, neighbourhood } = await newTeam();
    const worker = await createNonAdmin();
    await expect(createTeam(worker, { id: randomUUID(), name: "x", neighbourhoodId: neighbourhood.id, baseAddress: "x" })).rejects.toThrow(NotPermittedError);
    await expect(addTeamMember(worker, { teamId: id, email: worker.email, roleInTeam: "" })).rejects.toThrow(NotPermittedError);
    await expect(removeTeamMember(worker, { teamId: id, userId: worker.userId })).rejects.toThrow(NotPermittedError);
    await expect(getTeam(worker, id)).rejects.toThrow(NotPermittedError);
  });
});
