// Checks every row of a neighbourhoods import: unique codes, names unique in their locality, a
// whole-number population, and wards of that locality that no other neighbourhood covers.
import "server-only";
import type { Tx } from "@/lib/db/create-client";
import { slugify } from "@/lib/domain/slug";
import { splitList } from "./cell-parsers";
import type { RowError } from "./import-kinds";
import type { CsvRow } from "./read-rows";

export type NeighbourhoodImportRow = {
  row: number;
  code: string;
  name: string;
  slug: string;
  localityId: string;
  population: number;
  wardCodes: string[];
};

async function lookups(client: Tx, wardCodes: string[]) {
  // One after the other: the client may be a transaction, whose connection runs one query at a time.
  const localities = await client.locality.findMany({ select: { id: true, name: true, code: true, slug: true } });
  const neighbourhoods = await client.neighbourhood.findMany({ select: { code: true, name: true, slug: true, localityId: true } });
  const wards = await client.ward.findMany({
    where: { code: { in: wardCodes } },
    select: { code: true, localityId: true, neighbourhood: { select: { name: true } } },
  });
  const localityByKey = new Map<string, (typeof localities)[number]>();
  for (const l of localities) {
    localityByKey.set(l.name.toLowerCase(), l);
    localityByKey.set(l.code.toLowerCase(), l);
  }
  return {
    localityByKey,
    codes: new Set(neighbourhoods.map((n) => n.code.toUpperCase())),
    namesInLocality: new Set(neighbourhoods.map((n) => `${n.localityId}:${n.name.toLowerCase()}`)),
    slugs: new Set(neighbourhoods.map((n) => n.slug)),
    wardByCode: new Map(wards.map((w) => [w.code, w])),
  };
}

export async function validateNeighbourhoodRows(client: Tx, rows: CsvRow[]): Promise<{ rows: NeighbourhoodImportRow[]; errors: RowError[] }> {
  const wardsInFile = rows.flatMap((r) => splitList(r.values.wards ?? "").map((w) => w.toUpperCase()));
  const known = await lookups(client, wardsInFile);
  const firstRowOf = new Map<string, number>();
  const valid: NeighbourhoodImportRow[] = [];
  const errors: RowError[] = [];

  for (const { row, values } of rows) {
    const fail = (column: string, message: string) => errors.push({ row, column, message });
    const before = errors.length;
    const code = (values.code ?? "").toUpperCase();
    if (!code) fail("code", "Enter the neighbourhood's code");
    else if (!/^[A-Z0-9-]{1,20}$/.test(code)) fail("code", `"${values.code}" is not a code: use up to 20 letters, numbers and hyphens`);
    else if (known.codes.has(code)) fail("code", `A neighbourhood with the code ${code} already exists`);
    else if (firstRowOf.has(`code:${code}`)) fail("code", `${code} is also on row ${firstRowOf.get(`code:${code}`)}`);
    else firstRowOf.set(`code:${code}`, row);

    const locality = known.localityByKey.get((values.locality ?? "").toLowerCase());
    if (!values.locality) fail("locality", "Enter the locality");
    else if (!locality) fail("locality", `No locality is called or coded "${values.locality}"`);

    const name = values.name ?? "";
    const nameKey = `${locality?.id}:${name.toLowerCase()}`;
    if (!name) fail("name", "Enter the neighbourhood's name");
    else if (name.length > 100) fail("name", "Name must be 100 characters or fewer");
    else if (locality && known.namesInLocality.has(nameKey)) fail("name", `${locality.name} already has a neighbourhood called ${name}`);
    else if (locality && firstRowOf.has(nameKey)) fail("name", `${name} in ${locality.name} is also on row ${firstRowOf.get(nameKey)}`);
    else firstRowOf.set(nameKey, row);

    const populationText = (values.population ?? "").replace(/,/g, "");
    const population = /^\d{1,7}$/.test(populationText) ? Number(populationText) : null;
    if (!values.population) fail("population", "Enter the resident population");
    else if (population === null || population > 1_000_000) fail("population", `"${values.population}" is not a whole number of residents up to 1,000,000`);

    const wardCodes = splitList(values.wards ?? "").map((w) => w.toUpperCase());
    for (const wardCode of wardCodes) {
      const ward = known.wardByCode.get(wardCode);
      if (!ward) fail("wards", `No ward has the code ${wardCode}`);
      else if (locality && ward.localityId !== locality.id) fail("wards", `Ward ${wardCode} is not in ${locality.name}`);
      else if (ward.neighbourhood) fail("wards", `Ward ${wardCode} is already in ${ward.neighbourhood.name}`);
      else if (firstRowOf.has(`ward:${wardCode}`)) fail("wards", `Ward ${wardCode} is also on row ${firstRowOf.get(`ward:${wardCode}`)}`);
      else firstRowOf.set(`ward:${wardCode}`, row);
    }

    if (errors.length === before && locality && population !== null) {
      let slug = `${locality.slug}-${slugify(name)}`;
      if (known.slugs.has(slug)) slug = `${slug}-${slugify(code)}`;
      known.slugs.add(slug);
      valid.push({ row, code, name, slug, localityId: locality.id, population, wardCodes });
    }
  }
  return { rows: valid, errors };
}
