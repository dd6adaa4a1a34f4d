// Runs in each test worker before the test file: points lib/db (the app, as its login role) and
// tests/support/owner-db (the owner) at the run's test database.
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.APP_DATABASE_URL = inject("appDatabaseUrl");
process.env.AUTH_SECRET ??= "vitest-only-secret-not-used-outside-tests";
// A fixed test key, so tests never write the development key file.
process.env.FIELD_ENCRYPTION_KEYS ??= `test1:${Buffer.alloc(32, 7).toString("base64")}`;
