// Drawing GeoJSON boundaries (WGS84 longitude/latitude) as SVG paths without a map library:
// an equirectangular projection with longitudes scaled by cos(latitude) at the middle of the
// area, which keeps shapes true enough over a city region (Greater Manchester spans 0.4°).
export type LonLat = readonly [number, number];
/** A polygon: an outer ring then any holes, each ring closed (first point = last point). */
export type PolygonRings = readonly (readonly LonLat[])[];

export type Bounds = { minLon: number; maxLon: number; minLat: number; maxLat: number };

export function boundsOf(shapes: readonly (readonly PolygonRings[])[]): Bounds | null {
  let bounds: Bounds | null = null;
  for (const polygons of shapes) {
    for (const rings of polygons) {
      for (const [lon, lat] of rings[0] ?? []) {
        bounds = bounds
          ? {
              minLon: Math.min(bounds.minLon, lon),
              maxLon: Math.max(bounds.maxLon, lon),
              minLat: Math.min(bounds.minLat, lat),
              maxLat: Math.max(bounds.maxLat, lat),
            }
          : { minLon: lon, maxLon: lon, minLat: lat, maxLat: lat };
      }
    }
  }
  return bounds;
}

export type Projection = { width: number; height: number; project: (point: LonLat) => [number, number] };

/**
 * Fits `bounds` into a box `width` wide and at most `maxHeight` high, with `padding` on every
 * side; the height shrinks to the area's shape so there is no empty band.
 */
export function fitProjection(bounds: Bounds, width: number, maxHeight: number, padding = 8): Projection {
  const midLat = ((bounds.minLat + bounds.maxLat) / 2) * (Math.PI / 180);
  const kx = Math.cos(midLat);
  const spanX = Math.max((bounds.maxLon - bounds.minLon) * kx, 1e-9);
  const spanY = Math.max(bounds.maxLat - bounds.minLat, 1e-9);
  const scale = Math.min((width - 2 * padding) / spanX, (maxHeight - 2 * padding) / spanY);
  const height = Math.round(spanY * scale + 2 * padding);
  const offsetX = (width - spanX * scale) / 2;
  return {
    width,
    height,
    project: ([lon, lat]) => [offsetX + (lon - bounds.minLon) * kx * scale, padding + (bounds.maxLat - lat) * scale],
  };
}

/**
 * Path data for projected points: whole pixels, each point relative to the one before ("l"),
 * which keeps a map of many neighbourhoods small. Points closer than `minStep` pixels to the last
 * one kept are dropped (detail nobody can see); the last point of an open line is always kept.
 */
function pathData(points: readonly [number, number][], minStep: number, close: boolean): string {
  const kept: [number, number][] = [];
  points.forEach(([x, y], i) => {
    const last = kept[kept.length - 1];
    const isEnd = !close && i === points.length - 1;
    if (!last || Math.hypot(x - last[0], y - last[1]) >= minStep || (isEnd && (x !== last[0] || y !== last[1]))) kept.push([x, y]);
  });
  if (kept.length < (close ? 3 : 2)) return "";
  let [px, py] = [Math.round(kept[0][0]), Math.round(kept[0][1])];
  let d = `M${px} ${py}`;
  for (const [x, y] of kept.slice(1)) {
    const [rx, ry] = [Math.round(x), Math.round(y)];
    if (rx === px && ry === py) continue;
    d += `l${rx - px} ${ry - py}`;
    [px, py] = [rx, ry];
  }
  return close ? `${d}z` : d;
}

/** An SVG path for polygons (with holes, drawn with fill-rule evenodd). */
export function svgPath(polygons: readonly PolygonRings[], projection: Projection, minStep = 1.5): string {
  return polygons.flatMap((rings) => rings.map((ring) => pathData(ring.map((p) => projection.project(p)), minStep, true))).join("");
}

/** Where to put a label: the centroid of the largest outer ring, in projected pixels. */
export function labelPoint(polygons: readonly PolygonRings[], projection: Projection): [number, number] | null {
  let best: { area: number; x: number; y: number } | null = null;
  for (const rings of polygons) {
    const ring = (rings[0] ?? []).map((p) => projection.project(p));
    let area = 0;
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < ring.length - 1; i += 1) {
      const [x0, y0] = ring[i];
      const [x1, y1] = ring[i + 1];
      const cross = x0 * y1 - x1 * y0;
      area += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
    if (area === 0) continue;
    const candidate = { area: Math.abs(area / 2), x: cx / (3 * area), y: cy / (3 * area) };
    if (!best || candidate.area > best.area) best = candidate;
  }
  return best ? [best.x, best.y] : null;
}

const pointKey = ([lon, lat]: LonLat) => `${lon},${lat}`;

/**
 * The outline of a shape made of several polygons side by side (a neighbourhood's wards): the
 * edges used by only one ring, as polylines, so borders between its own wards are not drawn.
 */
export function outlineOf(polygons: readonly PolygonRings[]): LonLat[][] {
  const edgeKey = (a: LonLat, b: LonLat) => {
    const [ka, kb] = [pointKey(a), pointKey(b)];
    return ka < kb ? `${ka}|${kb}` : `${kb}|${ka}`;
  };
  const uses = new Map<string, number>();
  const rings = polygons.flatMap((rings) => rings);
  for (const ring of rings) {
    for (let i = 0; i < ring.length - 1; i += 1) {
      const key = edgeKey(ring[i], ring[i + 1]);
      uses.set(key, (uses.get(key) ?? 0) + 1);
    }
  }
  const lines: LonLat[][] = [];
  for (const ring of rings) {
    let line: LonLat[] = [];
    for (let i = 0; i < ring.length - 1; i += 1) {
      if (uses.get(edgeKey(ring[i], ring[i + 1])) === 1) {
        if (line.length === 0) line.push(ring[i]);
        line.push(ring[i + 1]);
      } else if (line.length > 0) {
        lines.push(line);
        line = [];
      }
    }
    if (line.length > 0) lines.push(line);
  }
  return lines;
}

/** Open polylines as one SVG path, thinned like svgPath. */
export function svgPolylines(lines: readonly (readonly LonLat[])[], projection: Projection, minStep = 1.5): string {
  return lines.map((line) => pathData(line.map((p) => projection.project(p)), minStep, false)).join("");
}
