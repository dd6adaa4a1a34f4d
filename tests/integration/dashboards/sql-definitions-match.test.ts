// The trigger SQL and the TypeScript that reads the summaries agree on what a bucket or a
// position means.
import { describe, expect, it } from "vitest";
import { db } from "@/tests/support/owner-db";
import { bucketOf } from "@/lib/domain/duration-buckets";
import { declineReasonPositions, pairAt, pairPosition } from "@/lib/dashboards/positions";

describe("summary definitions shared by SQL and TypeScript", () => {
  it("put every duration in the same bucket", async () => {
    const hours = [0, 0.2, 1, 5.5, 23.99, 24, 26.9, 27, 71.99, 72, 80, 167.9, 168, 200, 671, 672, 1000, 2183, 2184, 4000, 4368, 8735, 8736, 20000, -2];
    const rows = await db.$queryRaw<{ h: number; bucket: number }[]>`
      SELECT h::float8 AS h, dash_duration_bucket(timestamptz '2025-01-01T00:00:00Z', timestamptz '2025-01-01T00:00:00Z' + h * interval '1 hour') AS bucket
      FROM unnest(${hours}::float8[]) AS h`;
    for (const row of rows) expect(row.bucket, `${row.h} hours`).toBe(bucketOf(row.h));
  });

  it("number decline reasons the same way", async () => {
    const rows = await db.$queryRaw<{ reason: string | null; position: number }[]>`
      SELECT r::text AS reason, dash_decline_position(r) AS position
      FROM (SELECT unnest(enum_range(NULL::"DeclineReason")) AS r UNION ALL SELECT NULL) AS x`;
    for (const row of rows) expect(row.position).toBe(declineReasonPositions.indexOf(row.reason as never) + 1);
  });

  it("number pairs of themes the same way, and read them back", async () => {
    const rows = await db.$queryRaw<{ i: number; j: number; position: number }[]>`
      SELECT i, j, dash_pair_position(i, j) AS position FROM generate_series(1, 14) i, generate_series(1, 14) j WHERE i < j`;
    const seen = new Set<number>();
    for (const row of rows) {
      expect(row.position).toBe(pairPosition(row.i, row.j));
      expect(pairAt(row.position)).toEqual([row.i, row.j]);
      seen.add(row.position);
    }
    expect(seen.size).toBe(rows.length);
  });
});
