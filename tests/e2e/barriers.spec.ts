// Tackling barriers, as the people who use it: a worker raises a barrier met on a case (warned
// about the NHS number she typed); the team lead of the neighbourhood accepts it, agrees an
// action and escalates it; the locality lead takes it to the partnership board; a board member
// resolves it; the worker sees what was agreed and its history; a worker of another
// organisation reads the barrier but not the case. Every page and error state is checked with axe.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoAccounts, demoEmails, demoPassword } from "../../prisma/seed/demo-accounts";
import { expectNoAccessibilityViolations } from "./support/axe";
import { query } from "./support/database";
import { reauthenticate, signIn } from "./support/sign-in";

const account = (email: string) => ({ email, password: demoPassword, name: demoAccounts.find((a) => a.email === email)?.name ?? email });
const worker = account(demoEmails.workerManchester);
const teamLead = account(demoEmails.teamLeadManchester);
const localityLead = account(demoEmails.leadManchester);
const boardMember = account(demoEmails.boardMember);
// Bolton Council works only in Bolton: never in the team around a Manchester case.
const otherOrganisation = account(demoEmails.workerBolton);

async function signedIn(browser: Browser, who: { email: string; password: string; name: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, who.email, who.password);
  await expect(page.getByRole("banner")).toContainText(who.name);
  return page;
}

async function fillDate(page: Page, legend: string, date: Date) {
  const group = page.getByRole("group", { name: legend });
  await group.getByLabel("Day").fill(String(date.getDate()));
  await group.getByLabel("Month").fill(String(date.getMonth() + 1));
  await group.getByLabel("Year").fill(String(date.getFullYear()));
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);

test("[frontline worker, team lead, locality lead, board member] a barrier met on a case goes from the neighbourhood to the board and back to the worker resolved", async ({ browser }) => {
  test.setTimeout(300_000);
  const title = `Repairs system cannot be opened by police ${Date.now().toString(36)}`;

  // An open case of the worker in the neighbourhood her team lead supervises.
  const [own] = await query<{ id: string; number: number }>(
    `SELECT c.id, c.number FROM "SharedCase" c JOIN "Neighbourhood" n ON n.id = c."neighbourhoodId" JOIN "User" u ON u.id = c."leadProfessionalId"
     WHERE u.email = $1 AND c.status <> 'CLOSED' AND n.code = 'MAN-N01' ORDER BY c.number LIMIT 1`,
    [worker.email],
  );
  expect(own, "the demo data gives worker.manchester an open case in MAN-N01").toBeTruthy();
  const reference = `GT-${String(own.number).padStart(6, "0")}`;

  // 1. The worker raises it from the case page.
  const w = await signedIn(browser, worker);
  await w.goto(`/cases/${own.id}`);
  await w.getByRole("link", { name: "Raise a barrier met on this case" }).click();
  await expect(w.getByRole("heading", { level: 1 })).toHaveText("Raise a barrier");
  await expect(w.getByLabel("Cases where it got in the way (optional)")).toHaveValue(reference);
  await expect(w.getByLabel("Where is it met?")).toHaveValue(/^neighbourhood:/);
  await expectNoAccessibilityViolations(w);

  await w.getByRole("button", { name: "Raise barrier" }).click();
  await expect(w.getByRole("link", { name: "Enter a title" })).toBeVisible();
  await expect(w.getByRole("link", { name: "Choose the organisation whose rule, system or budget it is" })).toBeVisible();
  await expect(w.getByLabel("Cases where it got in the way (optional)")).toHaveValue(reference);
  await expectNoAccessibilityViolations(w);

  await w.getByLabel("Title").fill(title);
  await w.getByLabel("What happens").fill("Police neighbourhood officers have no accounts on the council's repairs system, so patient 943 476 5919's repair was chased three times.");
  await w.getByLabel("Effect on people and services").fill("Tenants repeat their story to each agency; repairs that cause complaints wait weeks.");
  await w.getByRole("group", { name: "What kind of barrier is it?" }).getByLabel("IT system").check();
  await w.getByLabel("Organisation", { exact: true }).selectOption({ label: "Manchester City Council" });
  await w.getByLabel("Second organisation (optional)").selectOption({ label: "Greater Manchester Police" });
  await w.getByRole("button", { name: "Raise barrier" }).click();

  const warning = w.getByRole("region", { name: "Check for personal data" });
  await expect(warning).toBeVisible();
  await expect(warning).toContainText("What happens: an NHS number (“943 476 5919”)");
  await expect(w.getByRole("button", { name: "Save anyway" })).toBeVisible();
  await expect(w.getByLabel("Title")).toHaveValue(title);
  await expectNoAccessibilityViolations(w);
  await warning.getByRole("link", { name: "Change it in What happens" }).click();
  await expect(w.getByLabel("What happens")).toBeFocused();
  await w.getByLabel("What happens").fill("Police neighbourhood officers have no accounts on the council's repairs system, so repairs are chased by each agency in turn.");
  await w.getByRole("button", { name: "Raise barrier" }).click();

  await expect(w.getByRole("status")).toContainText("Barrier raised");
  await expect(w.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(w.getByRole("link", { name: reference })).toBeVisible();
  const barrierPath = new URL(w.url()).pathname;
  await expectNoAccessibilityViolations(w);

  // 2. The team lead of the neighbourhood finds it waiting, accepts it, agrees an action and escalates it.
  const t = await signedIn(browser, teamLead);
  await t.goto("/work");
  await t.getByRole("table", { name: /Waiting for you to accept/ }).getByRole("link", { name: title }).click();
  await t.getByRole("link", { name: "Accept this barrier" }).click();
  await expectNoAccessibilityViolations(t);
  await fillDate(t, "Review by", inDays(-3));
  await t.getByRole("button", { name: "Accept and become its owner" }).click();
  await expect(t.getByRole("link", { name: "Review date must be today or in the future" })).toBeVisible();
  await expectNoAccessibilityViolations(t);
  await fillDate(t, "Review by", inDays(21));
  await t.getByLabel("Note (optional)").fill("Raising with the council's digital team first.");
  await t.getByRole("button", { name: "Accept and become its owner" }).click();
  await expect(t.getByRole("status")).toContainText("You now own this barrier");

  await t.getByRole("link", { name: "Add an action" }).click();
  await t.getByRole("button", { name: "Add action" }).click();
  await expect(t.getByRole("link", { name: "Enter what needs to be done" })).toBeVisible();
  await expectNoAccessibilityViolations(t);
  await t.getByLabel("What needs to be done").fill("Ask the digital team whether police officers can have read-only accounts");
  await t.getByLabel("Organisation that will do it").selectOption({ label: "Manchester City Council" });
  await fillDate(t, "Due date", inDays(14));
  await t.getByRole("button", { name: "Add action" }).click();
  await expect(t.getByRole("status")).toContainText("Action added");
  await expect(t.getByRole("table", { name: "Actions" })).toContainText("read-only accounts");

  await t.getByRole("link", { name: "Escalate to the locality" }).click();
  await t.getByRole("button", { name: "Escalate to the locality" }).click();
  await expect(t.getByRole("link", { name: "Enter why it needs to go to the next level" })).toBeVisible();
  await expectNoAccessibilityViolations(t);
  await t.getByLabel("Why does it need to go to the locality?").fill("Accounts for police staff need a council and GMP agreement on vetting.");
  await t.getByRole("button", { name: "Escalate to the locality" }).click();
  await expect(t.getByRole("status")).toContainText("Barrier escalated");
  await expect(t.getByRole("link", { name: "Accept this barrier" })).toHaveCount(0);

  // 3. The locality lead takes it to the partnership board.
  const l = await signedIn(browser, localityLead);
  await l.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Barriers" }).click();
  await expectNoAccessibilityViolations(l);
  await l.getByRole("table", { name: /Waiting for you to accept/ }).getByRole("link", { name: title }).click();
  await l.getByRole("link", { name: "Accept this barrier" }).click();
  await l.getByRole("button", { name: "Accept and become its owner" }).click();
  await expect(l.getByRole("status")).toContainText("You now own this barrier");
  await l.getByRole("link", { name: "Escalate to the partnership board" }).click();
  await l.getByLabel("Why does it need to go to the partnership board?").fill("Every locality has the same problem; GMP want one agreement for the partnership.");
  await l.getByRole("button", { name: "Escalate to the partnership board" }).click();
  await expect(l.getByRole("status")).toContainText("Barrier escalated");

  // 4. A board member finds it on the agenda and resolves it.
  const b = await signedIn(browser, boardMember);
  await expect(b).toHaveURL(/\/barriers\/board$/);
  await expect(b.getByRole("heading", { level: 1 })).toHaveText("Partnership board agenda");
  await expectNoAccessibilityViolations(b);
  await b.getByRole("article", { name: new RegExp(title) }).getByRole("link", { name: title }).click();
  await b.getByRole("link", { name: "Accept this barrier" }).click();
  await b.getByRole("button", { name: "Accept and become its owner" }).click();
  await b.getByRole("link", { name: "Close this barrier" }).click();
  await b.getByRole("button", { name: "Close barrier" }).click();
  await expect(b.getByRole("link", { name: "Choose whether the barrier was resolved" })).toBeVisible();
  await expectNoAccessibilityViolations(b);
  await b.getByRole("radio", { name: /^Resolved/ }).check();
  await b.getByLabel("What was agreed, or why it cannot be resolved").fill("GMP and the councils agreed read-only accounts for vetted neighbourhood officers from next month.");
  await b.getByRole("button", { name: "Close barrier" }).click();
  await expect(b.getByRole("status")).toContainText("Barrier closed");

  // 5. The worker sees what was agreed, and how it got there.
  await w.goto("/work");
  await expect(w.getByRole("region", { name: /Barriers I own or raised/ }).getByText(`${title} was resolved`, { exact: false })).toBeVisible();
  await w.getByRole("table", { name: /Barriers you raised/ }).getByRole("link", { name: title }).click();
  await expect(w.getByRole("region", { name: "Resolved: what was agreed" })).toContainText("read-only accounts for vetted neighbourhood officers");
  const history = w.getByRole("region", { name: "History" });
  for (const step of ["Raised", "Accepted", "Action agreed", "Escalated", "Resolved"]) await expect(history.getByText(step, { exact: true }).first()).toBeVisible();
  await expect(history).toContainText("From the neighbourhood to the locality.");
  await expect(history).toContainText("From the locality to the partnership board.");
  await expect(history).toContainText(`by ${boardMember.name}`);
  await expectNoAccessibilityViolations(w);

  // 6. A worker of another organisation reads the barrier, but sees the case as a count only.
  const o = await signedIn(browser, otherOrganisation);
  await o.goto(barrierPath);
  await expect(o.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(o.getByText("1 case (not shared with your organisation)")).toBeVisible();
  await expect(o.getByText(reference)).toHaveCount(0);
  expect((await o.goto(`/cases/${own.id}`))?.status()).toBe(404);
});

test("[frontline worker] the barrier logs filter, page and download, and a neighbourhood's dashboard shows its barriers", async ({ browser }) => {
  test.setTimeout(180_000);
  const w = await signedIn(browser, worker);
  await w.goto("/barriers");
  await w.getByRole("link", { name: "Manchester", exact: true }).click();
  await expect(w.getByRole("heading", { level: 1 })).toHaveText("Barriers in Manchester");
  await w.getByLabel("Status").selectOption({ label: "Resolved" });
  await w.getByRole("button", { name: "Apply filters" }).click();
  await expect(w).toHaveURL(/status=RESOLVED/);
  const table = w.getByRole("table", { name: /Barriers in Manchester/ });
  await expect(table).toBeVisible();
  await expect(table.getByText("Accepted", { exact: true })).toHaveCount(0);
  await expectNoAccessibilityViolations(w);

  const download = w.waitForEvent("download");
  await w.getByRole("link", { name: "Download this list (CSV)" }).click();
  const csv = await (await download).path();
  const text = (await import("node:fs")).readFileSync(csv, "utf8");
  expect(text).toContain("Reference,Title,Where,Kind,Level,Status");
  expect(text).not.toMatch(/GT-\d{6}/);
  const [audited] = await query<{ count: string }>(`SELECT count(*) FROM "AuditEvent" WHERE action = 'barrier.export' AND details->>'status' = 'RESOLVED'`);
  expect(Number(audited.count)).toBeGreaterThan(0);

  await w.goto("/barriers/board");
  await expect(w.getByRole("heading", { level: 2, name: /For decision/ })).toBeVisible();
  await expectNoAccessibilityViolations(w);

  await w.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My neighbourhood" }).click();
  const section = w.getByRole("region", { name: "Barriers" });
  await expect(section.getByText("Barriers raised", { exact: true })).toBeVisible();
  await section.getByRole("link", { name: /^Barrier log for / }).click();
  await expect(w.getByRole("heading", { level: 1 })).toHaveText(/^Barriers in /);
  await expectNoAccessibilityViolations(w);
});

test("[partnership admin] makes someone a team lead of a team, and a board member", async ({ browser }) => {
  test.setTimeout(120_000);
  const a = await signedIn(browser, account(demoEmails.admin));
  // A generated Bolton worker no other test signs in as (changing roles ends their sessions).
  const [user] = await query<{ id: string }>(
    `SELECT u.id FROM "User" u JOIN "Organisation" o ON o.id = u."organisationId" WHERE o.name = 'Bolton Council' AND u.email LIKE '%@bolton-council.demo.goldenthread.org.uk' AND u."deactivatedAt" IS NULL
       AND NOT EXISTS (SELECT 1 FROM "RoleAssignment" r WHERE r."userId" = u.id AND r.role <> 'FRONTLINE_WORKER') ORDER BY u.email DESC LIMIT 1`,
  );
  // Changing roles asks for the admin's password and a code again first.
  await a.goto(`/admin/users/${user.id}/roles`);
  await expect(a).toHaveURL(/\/re-authenticate\?return=/);
  await reauthenticate(a, account(demoEmails.admin), `/admin/users/${user.id}/roles`);
  await expect(a.getByRole("heading", { level: 1 })).toHaveText("Change roles");
  await a.getByLabel("Supervisor").check();
  await a.getByRole("button", { name: "Save roles" }).click();
  await expect(a.getByRole("link", { name: "Select the teams or neighbourhoods the supervisor leads" })).toBeVisible();
  await expectNoAccessibilityViolations(a);
  // The error opened the teams section.
  await a.getByRole("group", { name: "Teams in Bolton" }).getByRole("checkbox").nth(1).check();
  await a.getByLabel("Partnership board member").check();
  await a.getByRole("button", { name: "Save roles" }).click();
  await expect(a.getByText(/\(team\)/)).toBeVisible();
});

test("[locality lead] changing a barrier someone else changed first keeps what she typed; adding a case she cannot see and an empty comment are refused at the field", async ({ browser }) => {
  test.setTimeout(180_000);
  // A barrier of the locality lead's own locality, still open.
  const [open] = await query<{ id: string; title: string }>(
    `SELECT b.id, b.title FROM "Barrier" b JOIN "Locality" l ON l.id = b."localityId"
     WHERE l.name = 'Manchester' AND b.status IN ('ACCEPTED', 'IN_ACTION') AND b."escalationLevel" IN ('NEIGHBOURHOOD', 'LOCALITY') ORDER BY b.number LIMIT 1`,
  );
  const l = await signedIn(browser, localityLead);
  await l.goto(`/barriers/${open.id}/edit`);
  await expect(l.getByRole("heading", { level: 1 })).toHaveText("Change details or review date");
  await expectNoAccessibilityViolations(l);
  await l.getByLabel("Title").fill("");
  await l.getByRole("button", { name: "Save changes" }).click();
  await expect(l.getByRole("link", { name: "Enter a title" })).toBeVisible();
  await expectNoAccessibilityViolations(l);

  // Someone else saves while she is still typing.
  await query(`UPDATE "Barrier" SET title = title || ' (updated)', version = version + 1 WHERE id = $1`, [open.id]);
  await l.getByLabel("Title").fill("My clearer title");
  await l.getByRole("button", { name: "Save changes" }).click();
  await expect(l.getByRole("region", { name: "Someone else changed this barrier" })).toContainText(`${open.title} (updated)`);
  await expect(l.getByLabel("Title")).toHaveValue("My clearer title");
  await expectNoAccessibilityViolations(l);
  await l.getByRole("button", { name: "Save changes" }).click();
  await expect(l.getByRole("status")).toContainText("Barrier details saved");
  await expect(l.getByRole("heading", { level: 1 })).toHaveText("My clearer title");

  await l.getByRole("button", { name: "Add comment" }).click();
  await expect(l.getByRole("link", { name: "Enter your comment" })).toBeVisible();
  await expectNoAccessibilityViolations(l);

  await l.goto(`/barriers/${open.id}/cases/new`);
  await expectNoAccessibilityViolations(l);
  await l.getByLabel("Case references").fill("GT-999999999");
  await l.getByRole("button", { name: "Add cases" }).click();
  await expect(l.getByRole("link", { name: "GT-999999999 is not a case you can see: check the reference, or leave it out" })).toBeVisible();
  await expectNoAccessibilityViolations(l);
});

test("[board member] lands on the board agenda; a barrier at the neighbourhood says who acts on it instead", async ({ browser }) => {
  test.setTimeout(120_000);
  const b = await signedIn(browser, boardMember);
  await expect(b).toHaveURL(/\/barriers\/board$/);
  const [neighbourhood] = await query<{ id: string }>(`SELECT id FROM "Barrier" WHERE "escalationLevel" = 'NEIGHBOURHOOD' AND status = 'RAISED' ORDER BY number LIMIT 1`);
  await b.goto(`/barriers/${neighbourhood.id}`);
  await expect(b.getByRole("link", { name: "Accept this barrier" })).toHaveCount(0);
  await expect(b.getByRole("navigation", { name: "Barrier tasks" })).toContainText("act on this barrier at the neighbourhood level");
  await b.goto(`/barriers/${neighbourhood.id}/accept`);
  await expect(b.getByText("You cannot do this with this barrier.")).toBeVisible();
  await expectNoAccessibilityViolations(b);
});
