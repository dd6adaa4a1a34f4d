// Prisma's schema engine compiled to WebAssembly, driven through a driver adapter, so that
// migrations are made and applied without the native engine Prisma's CLI would download.
// Recipe: ../shared/docs/PLATFORM.md ("Prisma 7 without its native engines").
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import {
  bindMigrationAwareSqlAdapterFactory,
  type SqlMigrationAwareDriverAdapterFactory,
} from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

export const schemaPath = path.resolve("prisma/schema.prisma");
export const migrationsDir = path.resolve("prisma/migrations");
export const noFilters = { externalTables: [], externalEnums: [] };

let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    const require = createRequire(import.meta.url);
    const bgFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bytes = await readFile(path.join(path.dirname(bgFile), "schema_engine_bg.wasm"));
    const module = await WebAssembly.compile(bytes);
    const instance = new WebAssembly.Instance(module, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  })();
  return wasmReady;
}

export async function openSchemaEngine(adapterFactory: SqlMigrationAwareDriverAdapterFactory) {
  await loadWasm();
  const schemaText = await readFile(schemaPath, "utf8");
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error(message);
  };
  return bg.SchemaEngine.new(
    { datamodels: [[schemaPath, schemaText]] },
    log,
    bindMigrationAwareSqlAdapterFactory(adapterFactory),
  );
}

export type SchemaEngine = Awaited<ReturnType<typeof openSchemaEngine>>;
