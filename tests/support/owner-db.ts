// The test database as its owner sees it, for arranging worlds and checking what was written:
// no row security applies. The code under test uses lib/db, which runs as the app role.
// It follows DATABASE_URL (a test file may move to a database of its own).
import { createPrismaClient, type Db } from "@/lib/db/create-client";

const clients = new Map<string, Db>();

function current(): Db {
  const url = process.env.DATABASE_URL ?? "";
  let client = clients.get(url);
  if (!client) {
    client = createPrismaClient(url, { max: 5 });
    clients.set(url, client);
  }
  return client;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const target = current();
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
