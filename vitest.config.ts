import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.dirname(new URL(import.meta.url).pathname);

// Two projects, as the scripts promise: `unit` (pure functions, no database) and `integration`
// (data access and server actions against a fresh real PostgreSQL of this run).
export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      "server-only": path.join(root, "tests/support/empty-module.ts"),
    },
  },
  test: {
    // next-auth imports "next/server" without an extension, which Node's ESM resolver refuses;
    // letting Vite process it resolves the import as Next's bundler does.
    server: { deps: { inline: ["next-auth"] } },
    // Integration tests share one database and PGlite serialises queries: keep workers few.
    maxWorkers: 2,
    // Generous on purpose: CI is a busy 2-core machine, and no test may depend on speed.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["tests/unit/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/vitest-global-setup.ts"],
          setupFiles: ["tests/support/vitest-setup.ts"],
        },
      },
    ],
  },
});
