import { describe, expect, it } from "vitest";
import { boundaryLimits, parseBoundary, storedBoundary } from "@/lib/domain/geojson";

// A small square in central Manchester.
const square = [
  [-2.25, 53.48],
  [-2.23, 53.48],
  [-2.23, 53.49],
  [-2.25, 53.49],
  [-2.25, 53.48],
];
const polygon = { type: "Polygon", coordinates: [square] };
const message = (value: unknown) => {
  const result = parseBoundary(typeof value === "string" ? value : JSON.stringify(value));
  return result.ok ? null : result.message;
};

describe("boundary uploads as GeoJSON", () => {
  it("accepts a Polygon, a MultiPolygon, a Feature and a FeatureCollection of one", () => {
    const multi = { type: "MultiPolygon", coordinates: [[square], [square]] };
    for (const value of [
      polygon,
      multi,
      { type: "Feature", properties: { name: "x" }, geometry: polygon },
      { type: "FeatureCollection", crs: {}, features: [{ type: "Feature", properties: null, geometry: multi }] },
    ]) {
      const result = parseBoundary(JSON.stringify(value));
      expect(result.ok, JSON.stringify(value)).toBe(true);
    }
    const result = parseBoundary(JSON.stringify(polygon));
    expect(result).toEqual({ ok: true, boundary: polygon, points: 5 });
  });

  it("drops a third (height) coordinate", () => {
    const result = parseBoundary(JSON.stringify({ type: "Polygon", coordinates: [square.map(([x, y]) => [x, y, 12])] }));
    expect(result.ok && result.boundary).toEqual(polygon);
  });

  it("refuses text that is not JSON, and an empty file", () => {
    expect(message("not json {")).toMatch(/not valid JSON/);
    expect(message("")).toMatch(/empty/);
  });

  it("refuses points and lines, naming what it found", () => {
    expect(message({ type: "Point", coordinates: [-2.2, 53.4] })).toMatch(/holds a Point/);
    expect(message({ type: "LineString", coordinates: square })).toMatch(/holds a LineString/);
  });

  it("refuses a FeatureCollection of several features or none", () => {
    const f = { type: "Feature", geometry: polygon, properties: {} };
    expect(message({ type: "FeatureCollection", features: [f, f] })).toMatch(/holds 2 features/);
    expect(message({ type: "FeatureCollection", features: [] })).toMatch(/holds 0 features/);
  });

  it("refuses malformed coordinates with the general message", () => {
    expect(message({ type: "Polygon", coordinates: [["a", "b"]] })).toMatch(/must be GeoJSON holding one Polygon/);
    expect(message({ type: "Polygon" })).toMatch(/must be GeoJSON/);
  });

  it("refuses a ring that is not closed or too short", () => {
    expect(message({ type: "Polygon", coordinates: [square.slice(0, 4)] })).toMatch(/Ring 1 is not closed/);
    expect(message({ type: "Polygon", coordinates: [[square[0], square[1], square[0]]] })).toMatch(/fewer than 4 points/);
  });

  it("refuses coordinates outside Greater Manchester, such as London or swapped latitude and longitude", () => {
    const london = square.map(([x, y]) => [x + 2.1, y - 2]);
    expect(message({ type: "Polygon", coordinates: [london] })).toMatch(/not in Greater Manchester/);
    const swapped = square.map(([x, y]) => [y, x]);
    expect(message({ type: "Polygon", coordinates: [swapped] })).toMatch(/longitude then latitude/);
  });

  it("refuses too many points and too large a file", () => {
    const ring = Array.from({ length: boundaryLimits.maxPoints + 1 }, (_, i) => [-2.25 + i / 1e7, 53.48]);
    ring[ring.length - 1] = ring[0];
    expect(message({ type: "Polygon", coordinates: [ring] })).toMatch(/at most 50,000/);
    expect(message(" ".repeat(boundaryLimits.maxBytes + 1))).toMatch(/smaller than 2 MB/);
  });

  it("reads a stored boundary back, or null when it is not one", () => {
    expect(storedBoundary(polygon)).toEqual(polygon);
    expect(storedBoundary({ type: "Point", coordinates: [0, 0] })).toBeNull();
    expect(storedBoundary(null)).toBeNull();
  });
});
