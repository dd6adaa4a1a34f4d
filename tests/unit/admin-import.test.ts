import { describe, expect, it } from "vitest";
import { parseDay, parseOrganisationType, parseRole, splitList } from "@/lib/admin/import/cell-parsers";
import { columnKey } from "@/lib/admin/import/import-kinds";
import { readImportRows } from "@/lib/admin/import/read-rows";
import { slugify } from "@/lib/domain/slug";

describe("import cells", () => {
  it("read dates as ISO or UK day/month/year, refusing unreal ones", () => {
    expect(parseDay("2026-03-27")).toEqual(new Date(Date.UTC(2026, 2, 27)));
    expect(parseDay("27/03/2026")).toEqual(new Date(Date.UTC(2026, 2, 27)));
    expect(parseDay("03/27/2026")).toBeNull();
    expect(parseDay("2026-02-30")).toBeNull();
    expect(parseDay("next week")).toBeNull();
  });

  it("read organisation types and roles by label or code, in any case", () => {
    expect(parseOrganisationType("NHS trust")).toBe("NHS_TRUST");
    expect(parseOrganisationType("local_authority")).toBe("LOCAL_AUTHORITY");
    expect(parseOrganisationType("Jobcentre / DWP")).toBe("JOBCENTRE_DWP");
    expect(parseOrganisationType("castle")).toBeNull();
    expect(parseRole("locality lead")).toBe("LOCALITY_LEAD");
    expect(parseRole("PARTNERSHIP_ADMIN")).toBe("PARTNERSHIP_ADMIN");
    expect(parseRole("boss")).toBeNull();
  });

  it("split lists on semicolons and name columns whatever their spelling", () => {
    expect(splitList(" a; b ;;c ")).toEqual(["a", "b", "c"]);
    expect(columnKey(" Job title ")).toBe("job_title");
    expect(columnKey("joined-on")).toBe("joined_on");
  });

  it("make slugs from names", () => {
    expect(slugify("Ancoats, Clayton & Bradford")).toBe("ancoats-clayton-and-bradford");
    expect(slugify("St Mary’s")).toBe("st-marys");
  });
});

describe("reading an import file", () => {
  it("keys rows by column, numbers them as a spreadsheet does and skips blank rows", () => {
    expect(readImportRows("organisations", "Name,Type\r\nBolton Council , Local authority\r\n,\r\nOther,VCSE\r\n")).toEqual({
      ok: true,
      rows: [
        { row: 2, values: { name: "Bolton Council", type: "Local authority" } },
        { row: 4, values: { name: "Other", type: "VCSE" } },
      ],
    });
  });

  it("reports an empty file, a file with only a header, duplicate columns and extra fields", () => {
    expect(readImportRows("organisations", "")).toMatchObject({ ok: false, errors: [{ message: expect.stringMatching(/empty/) }] });
    expect(readImportRows("organisations", "name,type\r\n")).toMatchObject({ ok: false, errors: [{ message: "The file has no rows after the header" }] });
    expect(readImportRows("organisations", "name,type,name\r\na,b,c\r\n")).toMatchObject({
      ok: false,
      errors: [{ row: 1, column: "name", message: 'The column "name" appears more than once' }],
    });
    expect(readImportRows("organisations", "name,type\r\na,b,c\r\n")).toMatchObject({
      ok: false,
      errors: [{ row: 2, message: "Row 2 has more fields than the header has columns" }],
    });
  });
});
