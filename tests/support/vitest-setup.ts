// Runs in each test worker before the test file: points lib/db at the run's test database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.AUTH_SECRET ??= "vitest-only-secret-not-used-outside-tests";
