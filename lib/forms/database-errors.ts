// Recognising the database's answers that a form must turn into a message instead of a crash.
// Prisma 7 over a driver adapter reports them as P20xx/P10xx errors whose meta carries the
// adapter's classification (kind, SQLSTATE, constraint); other failures arrive as plain errors.
type AdapterCause = {
  kind?: string;
  originalCode?: string;
  code?: string;
  constraint?: { index?: string; fields?: string[] };
  table?: string;
};

type ErrorLike = { code?: unknown; message?: unknown; meta?: { driverAdapterError?: { cause?: AdapterCause } }; cause?: unknown };

function* chain(error: unknown): Generator<ErrorLike> {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (typeof current === "object" && current !== null && !seen.has(current)) {
    seen.add(current);
    yield current as ErrorLike;
    const cause = (current as ErrorLike).cause as { err?: unknown } | undefined;
    // Auth.js wraps what a provider threw as { cause: { err } }.
    current = cause && !(cause instanceof Error) && "err" in cause ? cause.err : cause;
  }
}

function adapterCause(error: unknown): AdapterCause | undefined {
  for (const link of chain(error)) {
    const cause = link.meta?.driverAdapterError?.cause;
    if (cause) return cause;
  }
  return undefined;
}

/** The constraint a unique violation (Prisma P2002) hit, or null for any other error. */
export function uniqueViolation(error: unknown): { table?: string; index?: string; fields?: string[] } | null {
  const first = [...chain(error)][0];
  if (!first || first.code !== "P2002") return null;
  const cause = adapterCause(error);
  return { table: cause?.table, index: cause?.constraint?.index, fields: cause?.constraint?.fields };
}

/**
 * True only when the unique constraint on `table(columns…)` refused the write: a replayed form's
 * idempotency key, say, and not some other unique key that happens to clash.
 */
export function isUniqueViolationOn(error: unknown, table: string, ...columns: [string, ...string[]]): boolean {
  const violation = uniqueViolation(error);
  if (!violation) return false;
  if (violation.index) return violation.index === `${table}_${columns.join("_")}_key`;
  return violation.table === table && violation.fields?.join(",") === columns.join(",");
}

// Prisma: can't reach (P1001), timed out reaching (P1002), operation timed out (P1008), server
// closed the connection (P1017), pool time-out (P2024), transaction could not start/expired (P2028).
const transientPrismaCodes = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
const transientKinds = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections", "TransactionWriteConflict"]);
// SQLSTATE classes: 08 connection exception, 57P01-03 admin/crash shutdown and cannot connect
// now, 53300 too many connections, 40001/40P01 serialisation failure and deadlock.
const transientSqlState = /^(08...|57P0[123]|53300|40001|40P01)$/;
const transientMessage =
  /connection terminated|connection error|timeout exceeded when trying to connect|terminating connection|the database system is (starting up|shutting down|in recovery mode)|ECONNREFUSED|ECONNRESET|Can't reach database server|Server has closed the connection/i;

/** True for failures that say the database could not answer just now, not that the work was wrong. */
export function isTransientDatabaseError(error: unknown): boolean {
  const cause = adapterCause(error);
  if (cause?.kind && transientKinds.has(cause.kind)) return true;
  const sqlState = cause?.originalCode ?? cause?.code;
  if (typeof sqlState === "string" && transientSqlState.test(sqlState)) return true;
  for (const link of chain(error)) {
    if (typeof link.code === "string" && (transientPrismaCodes.has(link.code) || transientSqlState.test(link.code))) return true;
    if (typeof link.code === "string" && ["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE"].includes(link.code)) return true;
    if (typeof link.message === "string" && transientMessage.test(link.message)) return true;
  }
  return false;
}
