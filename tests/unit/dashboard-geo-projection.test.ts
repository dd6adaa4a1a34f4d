import { describe, expect, it } from "vitest";
import { boundsOf, fitProjection, svgPath, type PolygonRings } from "@/lib/domain/geo-projection";

const square: PolygonRings = [
  [
    [-2.3, 53.4],
    [-2.2, 53.4],
    [-2.2, 53.5],
    [-2.3, 53.5],
    [-2.3, 53.4],
  ],
];

describe("geo projection for the map", () => {
  it("finds the bounds of every outer ring", () => {
    expect(boundsOf([[square]])).toEqual({ minLon: -2.3, maxLon: -2.2, minLat: 53.4, maxLat: 53.5 });
    expect(boundsOf([])).toBeNull();
  });

  it("scales longitude by the cosine of the latitude, so a 0.1° square is narrower than tall", () => {
    const projection = fitProjection({ minLon: -2.3, maxLon: -2.2, minLat: 53.4, maxLat: 53.5 }, 400, 400, 0);
    const [x0, y0] = projection.project([-2.3, 53.5]);
    const [x1, y1] = projection.project([-2.2, 53.4]);
    const ratio = (x1 - x0) / (y1 - y0);
    expect(ratio).toBeCloseTo(Math.cos((53.45 * Math.PI) / 180), 5);
    expect(y0).toBe(0); // north is up
    expect(projection.height).toBe(400);
  });

  it("shrinks the height to the shape of a wide area", () => {
    const projection = fitProjection({ minLon: -3, maxLon: -1, minLat: 53.4, maxLat: 53.5 }, 600, 600, 10);
    expect(projection.height).toBeLessThan(100);
    const [x, y] = projection.project([-1, 53.4]);
    expect(x).toBeCloseTo(590);
    expect(y).toBeCloseTo(projection.height - 10, 0);
  });

  it("draws closed SVG paths and drops points too close to see", () => {
    const projection = fitProjection(boundsOf([[square]])!, 200, 200, 0);
    const dense: PolygonRings = [[...square[0].slice(0, 1), [-2.29999, 53.4], ...square[0].slice(1)]];
    const path = svgPath([dense], projection);
    expect(path.startsWith("M")).toBe(true);
    expect(path.endsWith("z")).toBe(true);
    // Four corners after the first point, each relative to the one before, in whole pixels.
    expect(path.split("l")).toHaveLength(5);
    expect(path).toBe("M40 200l120 0l0 -200l-120 0l0 200z");
  });
});

describe("map labels", () => {
  it("sit at the centroid of the largest polygon", async () => {
    const { labelPoint } = await import("@/lib/domain/geo-projection");
    const projection = fitProjection(boundsOf([[square]])!, 200, 200, 0);
    const [x, y] = labelPoint([square], projection)!;
    expect(x).toBeCloseTo(projection.width / 2, 0);
    expect(y).toBeCloseTo(projection.height / 2, 0);
  });
});

describe("outlines of neighbourhoods made of wards", () => {
  it("leave out the border two of its wards share", async () => {
    const { outlineOf } = await import("@/lib/domain/geo-projection");
    const west: PolygonRings = [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]];
    const east: PolygonRings = [[[1, 0], [2, 0], [2, 1], [1, 1], [1, 0]]];
    const lines = outlineOf([west, east]);
    const edges = lines.flatMap((line) => line.slice(1).map((p, i) => `${line[i]}→${p}`));
    expect(edges).toHaveLength(6);
    expect(edges).not.toContain("1,0→1,1");
    expect(edges).not.toContain("1,1→1,0");
  });
});
