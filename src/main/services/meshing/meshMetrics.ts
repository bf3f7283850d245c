/**
 * Geometric checks on triangle meshes (points as xyz triplets, triangles as index triplets). Used by the tests
 * and by callers that want to verify a mesh before export (3D printing needs closed, outward-facing surfaces).
 */
type Points = Float32Array | Float64Array;

/** Signed enclosed volume (units of the coordinates, cubed). Positive when normals face outward. */
export function signedVolume(points: Points, triangles: Uint32Array): number {
  let sixV = 0;
  for (let t = 0; t < triangles.length; t += 3) {
    const a = triangles[t]! * 3;
    const b = triangles[t + 1]! * 3;
    const c = triangles[t + 2]! * 3;
    const ax = points[a]!, ay = points[a + 1]!, az = points[a + 2]!;
    const bx = points[b]!, by = points[b + 1]!, bz = points[b + 2]!;
    const cx = points[c]!, cy = points[c + 1]!, cz = points[c + 2]!;
    sixV += ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
  }
  return sixV / 6;
}

/** Centroid of the enclosed solid (not of the vertices), from signed tetrahedra against the origin. */
export function volumeCentroid(points: Points, triangles: Uint32Array): [number, number, number] {
  // Tetrahedra fan from the first vertex keep the sums small and well conditioned.
  const ox = points[0] ?? 0, oy = points[1] ?? 0, oz = points[2] ?? 0;
  let total = 0;
  const acc = [0, 0, 0];
  for (let t = 0; t < triangles.length; t += 3) {
    const a = triangles[t]! * 3;
    const b = triangles[t + 1]! * 3;
    const c = triangles[t + 2]! * 3;
    const ax = points[a]! - ox, ay = points[a + 1]! - oy, az = points[a + 2]! - oz;
    const bx = points[b]! - ox, by = points[b + 1]! - oy, bz = points[b + 2]! - oz;
    const cx = points[c]! - ox, cy = points[c + 1]! - oy, cz = points[c + 2]! - oz;
    const v = ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx);
    total += v;
    acc[0]! += v * (ax + bx + cx);
    acc[1]! += v * (ay + by + cy);
    acc[2]! += v * (az + bz + cz);
  }
  if (total === 0) return [ox, oy, oz];
  return [ox + acc[0]! / (4 * total), oy + acc[1]! / (4 * total), oz + acc[2]! / (4 * total)];
}

export interface Bounds {
  min: [number, number, number];
  max: [number, number, number];
}

export function pointBounds(points: Points): Bounds {
  const min: [number, number, number] = [Infinity, Infinity, Infinity];
  const max: [number, number, number] = [-Infinity, -Infinity, -Infinity];
  for (let p = 0; p < points.length; p += 3) {
    for (let c = 0; c < 3; c++) {
      const v = points[p + c]!;
      if (v < min[c]!) min[c] = v;
      if (v > max[c]!) max[c] = v;
    }
  }
  return { min, max };
}

export interface WatertightReport {
  /** Every undirected edge is used by exactly two triangles. */
  closed: boolean;
  /** Every directed edge a→b appears once and its twin b→a once (consistent winding, manifold edges). */
  consistentlyOriented: boolean;
  /** Undirected edges used by one triangle (holes). */
  boundaryEdges: number;
  /** Undirected edges used by three or more triangles. */
  nonManifoldEdges: number;
  /** Triangles with a repeated vertex index. */
  degenerateTriangles: number;
}

/** Edge-use census over vertex indices (merge duplicated vertices first for STL-style soups). */
export function checkWatertight(triangles: Uint32Array): WatertightReport {
  let vertexCount = 0;
  for (let n = 0; n < triangles.length; n++) if (triangles[n]! >= vertexCount) vertexCount = triangles[n]! + 1;
  // directed edge a→b as the exact integer a·V + b (safe below 2^53, i.e. ~94 M vertices)
  const directed = new Map<number, number>();
  const key = (a: number, b: number): number => a * vertexCount + b;
  let degenerateTriangles = 0;
  for (let t = 0; t < triangles.length; t += 3) {
    const v0 = triangles[t]!, v1 = triangles[t + 1]!, v2 = triangles[t + 2]!;
    if (v0 === v1 || v1 === v2 || v0 === v2) degenerateTriangles++;
    for (const k of [key(v0, v1), key(v1, v2), key(v2, v0)]) directed.set(k, (directed.get(k) ?? 0) + 1);
  }
  let boundaryEdges = 0;
  let nonManifoldEdges = 0;
  let consistentlyOriented = true;
  for (const [k, count] of directed) {
    const a = Math.floor(k / vertexCount);
    const b = k - a * vertexCount;
    const twin = directed.get(key(b, a)) ?? 0;
    if (count !== 1 || twin !== 1) consistentlyOriented = false;
    // count each undirected edge once: from its smaller end, or from the only direction present
    if (a < b || twin === 0) {
      const uses = count + twin;
      if (uses === 1) boundaryEdges++;
      else if (uses > 2) nonManifoldEdges++;
    }
  }
  return {
    closed: boundaryEdges === 0 && nonManifoldEdges === 0,
    consistentlyOriented,
    boundaryEdges,
    nonManifoldEdges,
    degenerateTriangles,
  };
}

/** Merge bit-identical vertex positions (STL stores a triangle soup) and return re-indexed triangles. */
export function weldIdenticalVertices(points: Float32Array, triangles: Uint32Array): { points: Float32Array; triangles: Uint32Array } {
  const ids = new Map<string, number>();
  const welded: number[] = [];
  const remap = new Uint32Array(points.length / 3);
  for (let p = 0; p < remap.length; p++) {
    const k = `${points[p * 3]},${points[p * 3 + 1]},${points[p * 3 + 2]}`;
    let id = ids.get(k);
    if (id === undefined) {
      id = ids.size;
      ids.set(k, id);
      welded.push(points[p * 3]!, points[p * 3 + 1]!, points[p * 3 + 2]!);
    }
    remap[p] = id;
  }
  const out = new Uint32Array(triangles.length);
  for (let n = 0; n < triangles.length; n++) out[n] = remap[triangles[n]!]!;
  return { points: new Float32Array(welded), triangles: out };
}
