// A form posted without JavaScript comes back as its whole page, rendered again with what
// keepingInput kept. If that page needs the database to render, a save pressed during an outage
// ends on the error page with the typed note gone (issue 9, found by `npm run bench:faults`):
// the note page and the portal's frame must render while the database cannot answer.
import { renderToStaticMarkup } from "react-dom/server";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import NewNotePage from "@/app/(portal)/(worker)/cases/[id]/notes/new/page";
import PortalLayout from "@/app/(portal)/layout";
import { db } from "@/lib/db";
import { createPrismaClient, type Db } from "@/lib/db/create-client";
import { createActor, createCase, createPlace, createTheme } from "../../support/case-factories";
import { createSession } from "../../support/sessions";

const session = vi.hoisted(() => ({ current: null as { sessionId: string; userId: string } | null }));
vi.mock("@/lib/auth/auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth/auth")>()),
  auth: async () => session.current,
}));

// lib/db.ts keeps its client here: swapping it makes every read of the app fail as in an outage.
const appClient = globalThis as unknown as { goldenThreadDb?: Db };
const unreachable = createPrismaClient("postgresql://postgres@127.0.0.1:1/none", { max: 1 });

async function whileDatabaseDown<T>(work: () => Promise<T>): Promise<T> {
  const real = appClient.goldenThreadDb;
  appClient.goldenThreadDb = unreachable;
  try {
    return await work();
  } finally {
    appClient.goldenThreadDb = real;
  }
}

const notePage = async (caseId: string) => renderToStaticMarkup(await NewNotePage({ params: Promise.resolve({ id: caseId }) }));

describe("a form page while the database cannot answer", () => {
  let caseId: string;
  let familyName: string;
  beforeAll(async () => {
    const { neighbourhood } = await createPlace();
    const worker = await createActor();
    const created = await createCase({ lead: worker, neighbourhoodId: neighbourhood.id, themeIds: [(await createTheme()).id] });
    caseId = created.id;
    familyName = created.person.familyName;
    // The page would read this session's row first: real, past its second step.
    await db.user.findUniqueOrThrow({ where: { id: worker.userId }, select: { id: true } });
    session.current = await createSession(worker.userId);
  });
  afterEach(() => vi.restoreAllMocks());

  it("[worker] the note page shows the case and the form when the database answers", async () => {
    const page = await notePage(caseId);
    expect(page).toContain(familyName);
    expect(page).toContain('name="body"');
  });

  it("[worker] the note page still shows the form, without the case's details, when it cannot", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const page = await whileDatabaseDown(() => notePage(caseId));
    expect(page).toContain('name="body"');
    expect(page).toContain('name="clientRequestId"');
    expect(page).toContain("The case&#x27;s details cannot be shown just now");
    expect(page).not.toContain(familyName);
  });

  it("[worker] the portal's frame renders the page without the signed-in name when it cannot", async () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const frame = await whileDatabaseDown(async () => renderToStaticMarkup(await PortalLayout({ children: "the form page" })));
    expect(frame).toContain("the form page");
    expect(frame).toContain("Golden Thread");
  });
});
