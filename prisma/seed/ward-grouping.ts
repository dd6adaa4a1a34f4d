// Groups a locality's wards into neighbourhoods of neighbouring wards: a greedy pass by centroid
// distance, then pairwise swaps while they make the groups more compact and joined up. Deterministic.

export interface Point {
  x: number;
  y: number;
}

type Polygon = number[][][];

/**
 * Area-weighted centroid of polygons' outer rings, in a plane where 1 unit is about the same
 * distance east and north (at Manchester's latitude a degree of longitude is ~0.6 of one of latitude).
 */
export function centroidOf(polygons: readonly Polygon[]): Point {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (const polygon of polygons) {
    const ring = polygon[0];
    for (let i = 0; i < ring.length - 1; i++) {
      const [x0, y0] = ring[i];
      const [x1, y1] = ring[i + 1];
      const cross = x0 * y1 - x1 * y0;
      area += cross;
      cx += (x0 + x1) * cross;
      cy += (y0 + y1) * cross;
    }
  }
  return { x: (cx / (3 * area)) * lonScale, y: cy / (3 * area) };
}

const lonScale = Math.cos((53.5 * Math.PI) / 180);
// ~50 m in degrees of latitude: generalised boundaries of neighbouring wards come this close.
const TOUCH_DISTANCE = 50 / 111_000;

/** Whether two wards' outer rings come within ~50 m of each other, i.e. they are neighbours. */
export function polygonsTouch(a: readonly Polygon[], b: readonly Polygon[]): boolean {
  const ringsA = a.map((p) => p[0]);
  const ringsB = b.map((p) => p[0]);
  const box = (rings: number[][][]) => {
    const xs = rings.flat().map(([x]) => x);
    const ys = rings.flat().map(([, y]) => y);
    return { minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) };
  };
  const [boxA, boxB] = [box(ringsA), box(ringsB)];
  const margin = TOUCH_DISTANCE * 2;
  if (boxA.maxX + margin < boxB.minX || boxB.maxX + margin < boxA.minX) return false;
  if (boxA.maxY + margin < boxB.minY || boxB.maxY + margin < boxA.minY) return false;
  for (const ringA of ringsA) {
    for (const [x1, y1] of ringA) {
      for (const ringB of ringsB) {
        for (const [x2, y2] of ringB) {
          if (((x1 - x2) * lonScale) ** 2 + (y1 - y2) ** 2 < TOUCH_DISTANCE ** 2) return true;
        }
      }
    }
  }
  return false;
}

function distanceSquared(a: Point, b: Point): number {
  return (a.x - b.x) ** 2 + (a.y - b.y) ** 2;
}

function meanOf(points: readonly Point[]): Point {
  const x = points.reduce((sum, p) => sum + p.x, 0) / points.length;
  const y = points.reduce((sum, p) => sum + p.y, 0) / points.length;
  return { x, y };
}

/** Sum of squared distances from each member to its group's mean: lower is more compact. */
function spread(points: readonly Point[]): number {
  const centre = meanOf(points);
  return points.reduce((sum, p) => sum + distanceSquared(p, centre), 0);
}

/** Sizes as even as possible, the larger groups first (e.g. 32 wards in 12 groups: 8 × 3, 4 × 2). */
function groupSizes(itemCount: number, groupCount: number): number[] {
  const base = Math.floor(itemCount / groupCount);
  const extra = itemCount % groupCount;
  return Array.from({ length: groupCount }, (_, i) => (i < extra ? base + 1 : base));
}

/** Greedy: start each group from the outermost remaining point, then add its nearest neighbours. */
function greedyGroups(points: readonly Point[], sizes: readonly number[]): number[][] {
  const remaining = new Set(points.map((_, i) => i));
  const groups: number[][] = [];
  for (const size of sizes) {
    const centre = meanOf([...remaining].map((i) => points[i]));
    let start = -1;
    for (const i of remaining) {
      if (start < 0 || distanceSquared(points[i], centre) > distanceSquared(points[start], centre)) start = i;
    }
    const group = [start];
    remaining.delete(start);
    while (group.length < size) {
      const groupCentre = meanOf(group.map((i) => points[i]));
      let nearest = -1;
      for (const i of remaining) {
        if (nearest < 0 || distanceSquared(points[i], groupCentre) < distanceSquared(points[nearest], groupCentre))
          nearest = i;
      }
      group.push(nearest);
      remaining.delete(nearest);
    }
    groups.push(group);
  }
  return groups;
}

/** Whether the members of a group are linked by a chain of neighbours. */
function isConnected(group: readonly number[], adjacent: (a: number, b: number) => boolean): boolean {
  const reached = new Set([group[0]]);
  const queue = [group[0]];
  while (queue.length) {
    const current = queue.pop() as number;
    for (const other of group) {
      if (!reached.has(other) && adjacent(current, other)) {
        reached.add(other);
        queue.push(other);
      }
    }
  }
  return reached.size === group.length;
}

/**
 * Swaps members between groups while a swap makes them more compact (the greedy pass leaves
 * stragglers); a group whose wards do not touch costs far more than any spread.
 */
function improveBySwaps(
  points: readonly Point[],
  groups: number[][],
  adjacent: (a: number, b: number) => boolean,
): number[][] {
  const cost = (group: readonly number[]) =>
    spread(group.map((i) => points[i])) + (isConnected(group, adjacent) ? 0 : 1);
  for (let pass = 0; pass < 100; pass++) {
    let improved = false;
    for (let a = 0; a < groups.length; a++) {
      for (let b = a + 1; b < groups.length; b++) {
        for (let i = 0; i < groups[a].length; i++) {
          for (let j = 0; j < groups[b].length; j++) {
            const before = cost(groups[a]) + cost(groups[b]);
            const swappedA = groups[a].map((m, k) => (k === i ? groups[b][j] : m));
            const swappedB = groups[b].map((m, k) => (k === j ? groups[a][i] : m));
            if (cost(swappedA) + cost(swappedB) < before - 1e-12) {
              groups[a] = swappedA;
              groups[b] = swappedB;
              improved = true;
            }
          }
        }
      }
    }
    if (!improved) break;
  }
  return groups;
}

/** Indices of `points` grouped into `groupCount` compact groups of near-equal size, neighbours together. */
export function groupNearbyPoints(
  points: readonly Point[],
  groupCount: number,
  adjacent: (a: number, b: number) => boolean,
): number[][] {
  const groups = greedyGroups(points, groupSizes(points.length, groupCount));
  return improveBySwaps(points, groups, adjacent);
}
