// `npm run db:seed -- --reset` wipes only what looks like a development database.
import { describe, expect, it } from "vitest";
import { resetRefusals, type DatabaseFacts } from "@/prisma/seed/reset-guard";

const demoOnly: DatabaseFacts = { url: null, nodeEnv: "development", usersOutsideDemo: 0, casesNotFromDemo: 0 };

describe("the --reset guard", () => {
  it("lets the embedded database and a local one holding only demo data be reset", () => {
    expect(resetRefusals(demoOnly)).toEqual([]);
    expect(resetRefusals({ ...demoOnly, url: "postgresql://postgres@127.0.0.1:5432/golden_thread" })).toEqual([]);
    expect(resetRefusals({ ...demoOnly, url: "postgresql://app@db.internal:5432/gt_dev" })).toEqual([]);
  });

  it("refuses in production", () => {
    expect(resetRefusals({ ...demoOnly, nodeEnv: "production" })).toEqual(["NODE_ENV is production"]);
  });

  it("refuses a database on another machine whose name does not say it is for development", () => {
    expect(resetRefusals({ ...demoOnly, url: "postgresql://app:secret@db.example.org:5432/neighbourhoods" })[0]).toMatch(
      /"neighbourhoods" is on db\.example\.org/,
    );
  });

  it("refuses a database holding people's real accounts or cases typed into the portal", () => {
    const reasons = resetRefusals({ ...demoOnly, usersOutsideDemo: 3, casesNotFromDemo: 12 });
    expect(reasons).toEqual([
      "it holds 3 user account(s) outside demo.goldenthread.org.uk",
      "it holds 12 case(s) not created by demo users",
    ]);
  });
});
