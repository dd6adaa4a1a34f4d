// The subject access rule: only a data-protection officer, only for their own organisation's
// requests; its list twin (sarRequestsWhere) agrees with the decision for every role.
import { describe, expect, it } from "vitest";
import { decideSarAccess, decideSarWork, sarRequestsWhere } from "@/lib/access/sar-policy";
import type { Role } from "@/lib/generated/prisma/enums";

const roles: Role[] = ["FRONTLINE_WORKER", "LOCALITY_LEAD", "PARTNERSHIP_ADMIN", "SUPERVISOR", "BUDGET_HOLDER", "BOARD_MEMBER", "DATA_PROTECTION_OFFICER"];
const actorWith = (role: Role, organisationId = "org-a") => ({ userId: "u", organisation: { id: organisationId }, roles: [role] });

describe("who may handle subject access requests", () => {
  it.each(roles)("%s: allowed only as a data-protection officer, and only for their own organisation's requests", (role) => {
    const actor = actorWith(role);
    const officer = role === "DATA_PROTECTION_OFFICER";
    expect(decideSarWork(actor).allowed).toBe(officer);
    expect(decideSarAccess(actor, { organisationId: "org-a" }).allowed).toBe(officer);
    expect(decideSarAccess(actor, { organisationId: "org-b" }).allowed).toBe(false);
    expect(decideSarAccess(actor, null).allowed).toBe(false);
    // The list twin: the register holds exactly the requests the decision allows.
    const where = sarRequestsWhere(actor);
    const listed = (organisationId: string) => ("organisationId" in where ? where.organisationId === organisationId : false);
    expect(listed("org-a")).toBe(decideSarAccess(actor, { organisationId: "org-a" }).allowed);
    expect(listed("org-b")).toBe(decideSarAccess(actor, { organisationId: "org-b" }).allowed);
  });

  it("gives admins their own reason: they never see request content", () => {
    expect(decideSarWork(actorWith("PARTNERSHIP_ADMIN")).reasons).toEqual(["partnership admins do not see subject access requests"]);
    expect(decideSarAccess(actorWith("DATA_PROTECTION_OFFICER"), { organisationId: "org-b" }).reasons).toEqual(["the request was received by another organisation"]);
  });
});
