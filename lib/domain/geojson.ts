// Checks an uploaded neighbourhood boundary: GeoJSON (RFC 7946, WGS84 longitude/latitude) holding
// one Polygon or MultiPolygon, of a sensible size and inside Greater Manchester, with messages
// an admin can act on.
import { z } from "zod";

export const boundaryLimits = {
  maxBytes: 2 * 1024 * 1024,
  maxPoints: 50_000,
  // Greater Manchester lies within about 2.73°W–1.91°W and 53.33°N–53.69°N; a margin allows
  // neighbourhoods on the edge and simplified shapes.
  bounds: { minLon: -3.1, maxLon: -1.6, minLat: 53.2, maxLat: 53.85 },
} as const;

export type Position = [number, number];
export type PolygonCoordinates = Position[][];
export type Boundary =
  | { type: "Polygon"; coordinates: PolygonCoordinates }
  | { type: "MultiPolygon"; coordinates: PolygonCoordinates[] };

export type BoundaryCheck = { ok: true; boundary: Boundary; points: number } | { ok: false; message: string };

const position = z.array(z.number().finite()).min(2).max(3);
const ring = z.array(position);
const polygon = z.object({ type: z.literal("Polygon"), coordinates: z.array(ring).min(1) });
const multiPolygon = z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(ring).min(1)).min(1) });
const geometry = z.discriminatedUnion("type", [polygon, multiPolygon]);
const feature = z.object({ type: z.literal("Feature"), geometry });
const featureCollection = z.object({ type: z.literal("FeatureCollection"), features: z.array(feature) });
const document = z.union([geometry, feature, featureCollection]);

const wrongShape =
  "The file must be GeoJSON holding one Polygon or MultiPolygon (on its own, in a Feature, or in a FeatureCollection of one Feature)";

/** Reads the text of an uploaded file as a neighbourhood boundary. */
export function parseBoundary(text: string): BoundaryCheck {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes === 0) return { ok: false, message: "The selected file is empty" };
  if (bytes > boundaryLimits.maxBytes) {
    return { ok: false, message: `The file must be smaller than 2 MB (it is ${(bytes / 1024 / 1024).toFixed(1)} MB)` };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, message: "The file is not valid JSON: check it is a GeoJSON file" };
  }
  const { type, features } = (typeof json === "object" && json !== null ? json : {}) as { type?: unknown; features?: unknown };
  if (type === "Point" || type === "LineString" || type === "MultiPoint" || type === "MultiLineString") {
    return { ok: false, message: `The file holds a ${String(type)}: a boundary must be a Polygon or MultiPolygon` };
  }
  if (type === "FeatureCollection" && Array.isArray(features) && features.length !== 1) {
    return { ok: false, message: `The FeatureCollection holds ${features.length} features: it must hold exactly one` };
  }
  const parsed = document.safeParse(json);
  if (!parsed.success) return { ok: false, message: wrongShape };
  const geometry = parsed.data.type === "FeatureCollection"
    ? parsed.data.features[0].geometry
    : parsed.data.type === "Feature"
      ? parsed.data.geometry
      : parsed.data;
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  return checkPolygons(polygons, geometry.type);
}

function checkPolygons(polygons: number[][][][], type: Boundary["type"]): BoundaryCheck {
  const points = polygons.reduce((sum, p) => sum + p.reduce((s, r) => s + r.length, 0), 0);
  if (points > boundaryLimits.maxPoints) {
    return {
      ok: false,
      message: `The boundary has ${points.toLocaleString("en-GB")} points: it can have at most ${boundaryLimits.maxPoints.toLocaleString("en-GB")} (simplify it first)`,
    };
  }
  const { minLon, maxLon, minLat, maxLat } = boundaryLimits.bounds;
  const clean: PolygonCoordinates[] = [];
  for (const [p, rings] of polygons.entries()) {
    const where = (r: number) => (type === "Polygon" ? `Ring ${r + 1}` : `Ring ${r + 1} of polygon ${p + 1}`);
    const cleanRings: Position[][] = [];
    for (const [r, ring] of rings.entries()) {
      if (ring.length < 4) return { ok: false, message: `${where(r)} has fewer than 4 points: a ring needs at least 4` };
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (first[0] !== last[0] || first[1] !== last[1]) {
        return { ok: false, message: `${where(r)} is not closed: its first and last points must be the same` };
      }
      for (const [lon, lat] of ring) {
        if (lon < minLon || lon > maxLon || lat < minLat || lat > maxLat) {
          return {
            ok: false,
            message: `The boundary is not in Greater Manchester: it has a point at longitude ${lon}, latitude ${lat}. Coordinates must be WGS84 longitude then latitude (not British National Grid)`,
          };
        }
      }
      cleanRings.push(ring.map(([lon, lat]) => [lon, lat] as Position));
    }
    clean.push(cleanRings);
  }
  const boundary: Boundary =
    type === "Polygon" ? { type: "Polygon", coordinates: clean[0] } : { type: "MultiPolygon", coordinates: clean };
  return { ok: true, boundary, points };
}

/** A stored boundary (already checked on upload) read back for display; null when unusable. */
export function storedBoundary(value: unknown): Boundary | null {
  const parsed = geometry.safeParse(value);
  if (!parsed.success) return null;
  return parsed.data.type === "Polygon"
    ? { type: "Polygon", coordinates: parsed.data.coordinates.map((r) => r.map(([x, y]) => [x, y] as Position)) }
    : {
        type: "MultiPolygon",
        coordinates: parsed.data.coordinates.map((p) => p.map((r) => r.map(([x, y]) => [x, y] as Position))),
      };
}
