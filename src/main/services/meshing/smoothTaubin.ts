/**
 * Taubin λ|μ smoothing (Taubin 1995): alternate a shrinking Laplacian step (λ > 0) with an inflating one
 * (μ < -λ) so marching-cubes stair steps are removed without the volume loss of plain Laplacian smoothing.
 * Uniform (umbrella) weights over the one-ring; works in whatever space the points are in (use mm so
 * anisotropic voxels are smoothed physically). Connectivity is untouched, so a closed mesh stays closed.
 */

/** Default pass-band k_PB = 1/λ + 1/μ; 0.1 is Taubin's recommended value. */
const PASS_BAND = 0.1;
const LAMBDA = 0.5;

/** Vertex one-rings in CSR form from triangle half-edges (each neighbour once on a closed manifold). */
export function vertexNeighbours(vertexCount: number, triangles: Uint32Array): { start: Uint32Array; list: Uint32Array } {
  const start = new Uint32Array(vertexCount + 1);
  for (let t = 0; t < triangles.length; t++) start[triangles[t]! + 1]!++;
  for (let v = 0; v < vertexCount; v++) start[v + 1]! += start[v]!;
  const fill = start.slice(0, vertexCount);
  const list = new Uint32Array(triangles.length);
  for (let t = 0; t < triangles.length; t += 3) {
    for (let e = 0; e < 3; e++) {
      const a = triangles[t + e]!;
      const b = triangles[t + ((e + 1) % 3)]!;
      list[fill[a]!++] = b;
    }
  }
  return { start, list };
}

export interface TaubinOptions {
  /** λ|μ pairs; 0 leaves the mesh as is. */
  iterations: number;
  /**
   * Per-axis limit on how far a point may move from where it started (same units as the points). Keeps thin
   * structures (a rib one voxel thick) from collapsing or drifting: the surface stays within this box of the
   * marching-cubes surface, like VTK's constrained smoothing.
   */
  maxDisplacement?: readonly [number, number, number];
  /** checked between iterations so a cancelled job stops promptly */
  signal?: AbortSignal;
}

/** Smooth `points` (xyz triplets) in place. */
export function smoothTaubin(points: Float64Array, triangles: Uint32Array, options: TaubinOptions): void {
  const { iterations, maxDisplacement, signal } = options;
  if (iterations <= 0 || triangles.length === 0) return;
  const original = maxDisplacement ? points.slice() : undefined;
  const mu = 1 / (PASS_BAND - 1 / LAMBDA);
  const vertexCount = points.length / 3;
  const { start, list } = vertexNeighbours(vertexCount, triangles);
  // ping-pong between the caller's array and a scratch copy; after each λ|μ pair the result is back in `points`
  const scratch = new Float64Array(points.length);
  const step = (factor: number, src: Float64Array, dst: Float64Array): void => {
    for (let v = 0; v < vertexCount; v++) {
      const from = start[v]!;
      const to = start[v + 1]!;
      const p = v * 3;
      if (to === from) {
        dst[p] = src[p]!;
        dst[p + 1] = src[p + 1]!;
        dst[p + 2] = src[p + 2]!;
        continue;
      }
      let sx = 0, sy = 0, sz = 0;
      for (let n = from; n < to; n++) {
        const q = list[n]! * 3;
        sx += src[q]!;
        sy += src[q + 1]!;
        sz += src[q + 2]!;
      }
      const inv = 1 / (to - from);
      dst[p] = src[p]! + factor * (sx * inv - src[p]!);
      dst[p + 1] = src[p + 1]! + factor * (sy * inv - src[p + 1]!);
      dst[p + 2] = src[p + 2]! + factor * (sz * inv - src[p + 2]!);
    }
  };
  for (let it = 0; it < iterations; it++) {
    if (signal?.aborted) return;
    step(LAMBDA, points, scratch);
    step(mu, scratch, points);
    if (original && maxDisplacement) {
      for (let p = 0; p < points.length; p++) {
        const limit = maxDisplacement[p % 3]!;
        const d = points[p]! - original[p]!;
        if (d > limit) points[p] = original[p]! + limit;
        else if (d < -limit) points[p] = original[p]! - limit;
      }
    }
  }
}

/** Area-weighted vertex normals (unit length), following the triangles' winding. */
export function vertexNormals(points: Float64Array | Float32Array, triangles: Uint32Array): Float32Array {
  const acc = new Float64Array(points.length);
  for (let t = 0; t < triangles.length; t += 3) {
    const a = triangles[t]! * 3;
    const b = triangles[t + 1]! * 3;
    const c = triangles[t + 2]! * 3;
    const ux = points[b]! - points[a]!, uy = points[b + 1]! - points[a + 1]!, uz = points[b + 2]! - points[a + 2]!;
    const vx = points[c]! - points[a]!, vy = points[c + 1]! - points[a + 1]!, vz = points[c + 2]! - points[a + 2]!;
    // cross product length is twice the area: area weighting for free
    const nx = uy * vz - uz * vy, ny = uz * vx - ux * vz, nz = ux * vy - uy * vx;
    acc[a]! += nx; acc[a + 1]! += ny; acc[a + 2]! += nz;
    acc[b]! += nx; acc[b + 1]! += ny; acc[b + 2]! += nz;
    acc[c]! += nx; acc[c + 1]! += ny; acc[c + 2]! += nz;
  }
  const out = new Float32Array(points.length);
  for (let p = 0; p < acc.length; p += 3) {
    const len = Math.hypot(acc[p]!, acc[p + 1]!, acc[p + 2]!) || 1;
    out[p] = acc[p]! / len;
    out[p + 1] = acc[p + 1]! / len;
    out[p + 2] = acc[p + 2]! / len;
  }
  return out;
}
