/**
 * Marching-cubes case table for BINARY masks, generated at load time from one face rule instead of copied from
 * the classic 256-entry table (whose ambiguous cases can leave holes).
 *
 * Corner n of a cube sits at offset (n & 1, (n >> 1) & 1, (n >> 2) & 1). On every cube face the contour
 * segments are chosen from that face's four corners only, always SEPARATING inside corners on an ambiguous
 * (checkerboard) face. Two cubes sharing a face therefore produce the same segments there (traversed in opposite
 * directions), so the union of all cube polygons is a closed, consistently oriented 2-manifold: foreground is
 * treated as 6-connected. Each cube's segments chain into directed loops that are fan-triangulated.
 */

/** Corner offsets (dx, dy, dz) of corner n. */
export const CORNER_OFFSETS: ReadonlyArray<readonly [number, number, number]> = Array.from({ length: 8 }, (_, n) => [
  n & 1,
  (n >> 1) & 1,
  (n >> 2) & 1,
]);

/** The 12 cube edges as [lower corner, upper corner, axis]; the lower corner has the axis bit clear. */
export const CUBE_EDGES: ReadonlyArray<readonly [number, number, number]> = (() => {
  const edges: [number, number, number][] = [];
  for (let axis = 0; axis < 3; axis++) {
    for (let n = 0; n < 8; n++) if ((n & (1 << axis)) === 0) edges.push([n, n | (1 << axis), axis]);
  }
  return edges;
})();

function edgeIndex(a: number, b: number): number {
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const found = CUBE_EDGES.findIndex(([p, q]) => p === lo && q === hi);
  if (found < 0) throw new Error(`corners ${a},${b} are not a cube edge`);
  return found;
}

/** Six faces, each as four corners in counter-clockwise order seen from outside the cube. */
const FACES: number[][] = (() => {
  const faces: number[][] = [];
  for (let axis = 0; axis < 3; axis++) {
    for (const side of [0, 1]) {
      const corners = [0, 1, 2, 3, 4, 5, 6, 7].filter((n) => ((n >> axis) & 1) === side);
      const u = (axis + 1) % 3;
      const v = (axis + 2) % 3;
      // (u, v, axis) is a right-handed frame, so going (0,0)→(1,0)→(1,1)→(0,1) in (u, v) is CCW about +axis.
      const at = (cu: number, cv: number): number => corners.find((n) => ((n >> u) & 1) === cu && ((n >> v) & 1) === cv)!;
      const ring = [at(0, 0), at(1, 0), at(1, 1), at(0, 1)];
      faces.push(side === 1 ? ring : ring.reverse());
    }
  }
  return faces;
})();

/** Largest triangle count of any case (a safe bound; the real maximum is smaller). */
export const MAX_TRIANGLES_PER_CASE = 12;

/**
 * For case c (bit n set = corner n inside), triangles of edge indices:
 * CASE_TRIANGLES[c * MAX_TRIANGLES_PER_CASE * 3 + t * 3 + v], with CASE_TRIANGLE_COUNT[c] triangles.
 * Vertex order makes the geometric normal point from inside to outside (checked by the signed-volume tests).
 */
export const CASE_TRIANGLE_COUNT = new Uint8Array(256);
export const CASE_TRIANGLES = new Int8Array(256 * MAX_TRIANGLES_PER_CASE * 3);

/** Faces (as `axis:side`) that contain cube edge e. */
function facesOfEdge(e: number): string[] {
  const [lo, , axis] = CUBE_EDGES[e]!;
  const faces: string[] = [];
  for (let a = 0; a < 3; a++) if (a !== axis) faces.push(`${a}:${(lo >> a) & 1}`);
  return faces;
}

function shareFace(a: number, b: number): boolean {
  const fb = facesOfEdge(b);
  return facesOfEdge(a).some((f) => fb.includes(f));
}

/**
 * A fan pivot whose chords (pivot to non-neighbouring loop points) never lie in a cube face: such a chord
 * could be produced again by the neighbouring cube and make an edge shared by four triangles.
 */
function fanPivot(loop: number[]): number {
  const n = loop.length;
  for (let p = 0; p < n; p++) {
    let ok = true;
    for (let t = 2; t <= n - 2 && ok; t++) if (shareFace(loop[p]!, loop[(p + t) % n]!)) ok = false;
    if (ok) return p;
  }
  return -1;
}

for (let config = 0; config < 256; config++) {
  const inside = (n: number): boolean => ((config >> n) & 1) === 1;
  // next[e] = the edge a directed segment goes to from edge e
  const next = new Array<number>(12).fill(-1);
  for (const ring of FACES) {
    for (let m = 0; m < 4; m++) {
      // a run of inside corners starts at ring[m] (previous corner outside): entry edge (ring[m-1], ring[m])
      const prev = ring[(m + 3) % 4]!;
      if (!inside(ring[m]!) || inside(prev)) continue;
      let end = m;
      while (inside(ring[(end + 1) % 4]!)) end = (end + 1) % 4;
      const entry = edgeIndex(prev, ring[m]!);
      const exit = edgeIndex(ring[end]!, ring[(end + 1) % 4]!);
      // Segment direction entry → exit gives outward-facing triangles with the fan order below.
      next[entry] = exit;
    }
  }
  const seen = new Array<boolean>(12).fill(false);
  let count = 0;
  for (let start = 0; start < 12; start++) {
    if (next[start] === -1 || seen[start]) continue;
    const loop: number[] = [];
    for (let e = start; !seen[e]; e = next[e]!) {
      seen[e] = true;
      loop.push(e);
    }
    const pivot = fanPivot(loop);
    // Every loop of this table has such a pivot (verified at load); a failure here means the face rule changed.
    if (pivot < 0) throw new Error(`case ${config}: no face-free fan pivot for loop ${loop.join(',')}`);
    const p = pivot;
    for (let t = 1; t + 1 < loop.length; t++) {
      const base = (config * MAX_TRIANGLES_PER_CASE + count) * 3;
      CASE_TRIANGLES[base] = loop[p]!;
      CASE_TRIANGLES[base + 1] = loop[(p + t) % loop.length]!;
      CASE_TRIANGLES[base + 2] = loop[(p + t + 1) % loop.length]!;
      count++;
    }
  }
  if (count > MAX_TRIANGLES_PER_CASE) throw new Error(`case ${config}: ${count} triangles`);
  CASE_TRIANGLE_COUNT[config] = count;
}
