// Who may open which place dashboard: a place outside the actor's scope is null (a 404 page).
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/tests/support/owner-db";
import { loadLedPlacesOverview, loadPlaceDashboard } from "@/lib/dashboards/queries";
import type { Role } from "@/lib/generated/prisma/enums";
import { createUser } from "../../support/factories";
import { createDashboardFixture, type DashboardFixture } from "./dashboard-fixtures";

let bolton: DashboardFixture;
let wigan: DashboardFixture;

async function actor(role: Role, scope: { localityId?: string; neighbourhoodId?: string } = {}): Promise<Actor> {
  const user = await createUser({ roles: [] });
  await db.roleAssignment.create({
    data: { userId: user.id, role, localityId: scope.localityId ?? null, neighbourhoodId: scope.neighbourhoodId ?? null },
  });
  return {
    userId: user.id,
    name: user.name,
    email: user.email,
    organisation: { id: user.organisationId, name: "Test", type: "LOCAL_AUTHORITY" },
    roles: [role],
    scopes: [{ role, localityId: scope.localityId ?? null, neighbourhoodId: scope.neighbourhoodId ?? null }],
  };
}

beforeAll(async () => {
  bolton = await createDashboardFixture({ neighbourhoods: 2 });
  wigan = await createDashboardFixture({ neighbourhoods: 1 });
});

const open = (a: Actor, locality?: string, neighbourhood?: string) => loadPlaceDashboard(a, { locality, neighbourhood }, {});

describe("place dashboards by role", () => {
  it("[locality lead] opens their locality and its neighbourhoods", async () => {
    const lead = await actor("LOCALITY_LEAD", { localityId: bolton.locality.id });
    expect((await open(lead, bolton.locality.slug))?.place.name).toBe(bolton.locality.name);
    expect((await open(lead, bolton.locality.slug, bolton.neighbourhoods[1].slug))?.place.id).toBe(bolton.neighbourhoods[1].id);
  });

  it("[locality lead] of Bolton gets nothing (404) for Wigan, its neighbourhoods or the partnership", async () => {
    const lead = await actor("LOCALITY_LEAD", { localityId: bolton.locality.id });
    expect(await open(lead, wigan.locality.slug)).toBeNull();
    expect(await open(lead, wigan.locality.slug, wigan.neighbourhoods[0].slug)).toBeNull();
    expect(await open(lead)).toBeNull();
  });

  it("[locality lead] gets nothing for a neighbourhood under the wrong locality or an unknown place", async () => {
    const lead = await actor("LOCALITY_LEAD", { localityId: bolton.locality.id });
    expect(await open(lead, bolton.locality.slug, wigan.neighbourhoods[0].slug)).toBeNull();
    expect(await open(lead, "no-such-place")).toBeNull();
  });

  it("[neighbourhood lead] opens their neighbourhood but not its locality or its sister", async () => {
    const lead = await actor("LOCALITY_LEAD", { neighbourhoodId: bolton.neighbourhoods[0].id });
    expect(await open(lead, bolton.locality.slug, bolton.neighbourhoods[0].slug)).not.toBeNull();
    expect(await open(lead, bolton.locality.slug)).toBeNull();
    expect(await open(lead, bolton.locality.slug, bolton.neighbourhoods[1].slug)).toBeNull();
    const overview = await loadLedPlacesOverview(lead, {});
    expect(overview?.localities).toHaveLength(1);
    expect(overview?.localities[0].canOpen).toBe(false);
    expect(overview?.localities[0].comparison.rows.map((r) => r.place.id)).toEqual([bolton.neighbourhoods[0].id]);
    expect(overview?.localities[0].comparison.total).toBeNull();
  });

  it("[frontline worker] opens their team's neighbourhood only", async () => {
    const worker = await actor("FRONTLINE_WORKER");
    const team = await db.team.create({
      data: { name: `Team ${bolton.suffix}`, neighbourhoodId: bolton.neighbourhoods[1].id, baseAddress: "Hub" },
    });
    await db.teamMember.create({ data: { teamId: team.id, userId: worker.userId } });
    expect(await open(worker, bolton.locality.slug, bolton.neighbourhoods[1].slug)).not.toBeNull();
    expect(await open(worker, bolton.locality.slug, bolton.neighbourhoods[0].slug)).toBeNull();
    expect(await open(worker, bolton.locality.slug)).toBeNull();
    expect(await loadLedPlacesOverview(worker, {})).toBeNull();
  });

  it("[partnership admin] opens the partnership and any place, as aggregates", async () => {
    const admin = await actor("PARTNERSHIP_ADMIN");
    const partnership = await open(admin);
    expect(partnership?.place.level).toBe("partnership");
    expect(partnership?.comparison?.rows.map((r) => r.place.id)).toEqual(expect.arrayContaining([bolton.locality.id, wigan.locality.id]));
    expect(await open(admin, wigan.locality.slug, wigan.neighbourhoods[0].slug)).not.toBeNull();
    expect(JSON.stringify(partnership)).not.toMatch(/GT-\d{6}/);
  });

  it("[locality lead] overview lists only the localities they lead", async () => {
    const lead = await actor("LOCALITY_LEAD", { localityId: bolton.locality.id });
    const overview = await loadLedPlacesOverview(lead, {});
    expect(overview?.localities.map((l) => l.locality.id)).toEqual([bolton.locality.id]);
    expect(overview?.localities[0].comparison.rows).toHaveLength(2);
    expect(overview?.localities[0].comparison.total?.place.id).toBe(bolton.locality.id);
  });
});
