import { vertexNormals } from './smoothTaubin';

/**
 * Give each solid piece of a smoothed mesh back the volume of its voxels by moving its vertices along their
 * normals. Marching cubes and Taubin smoothing barely change a solid organ's volume but shrink thin pieces (a rib
 * one voxel thick, a stray fragment) several-fold, which would bias volumes and pull centroids toward thick parts.
 * A uniform normal offset adds volume in proportion to area, so thin parts (more area per volume) regain most.
 */

/**
 * 6-connected components of a binary mask (the connectivity the marching-cubes table gives the foreground).
 * Returns each voxel's component (-1 = background) and the voxel count of every component.
 */
export function maskComponents(mask: Uint8Array, dims: readonly [number, number, number]): { componentOf: Int32Array; voxelCounts: number[] } {
  const [nx, ny, nz] = dims;
  const plane = nx * ny;
  const componentOf = new Int32Array(mask.length).fill(-1);
  const voxelCounts: number[] = [];
  const stack = new Int32Array(mask.length);
  for (let seed = 0; seed < mask.length; seed++) {
    if (mask[seed] === 0 || componentOf[seed]! >= 0) continue;
    const id = voxelCounts.length;
    let top = 0;
    let count = 0;
    stack[top++] = seed;
    componentOf[seed] = id;
    while (top > 0) {
      const v = stack[--top]!;
      count++;
      const i = v % nx;
      const j = Math.floor(v / nx) % ny;
      const k = Math.floor(v / plane);
      const visit = (n: number): void => {
        if (mask[n] !== 0 && componentOf[n]! < 0) {
          componentOf[n] = id;
          stack[top++] = n;
        }
      };
      if (i > 0) visit(v - 1);
      if (i + 1 < nx) visit(v + 1);
      if (j > 0) visit(v - nx);
      if (j + 1 < ny) visit(v + nx);
      if (k > 0) visit(v - plane);
      if (k + 1 < nz) visit(v + plane);
    }
    voxelCounts.push(count);
  }
  return { componentOf, voxelCounts };
}

/** Signed volume and surface area of every component. */
export function componentVolumesAndAreas(
  points: Float64Array,
  triangles: Uint32Array,
  componentOf: Uint32Array,
  count: number,
): { volume: Float64Array; area: Float64Array } {
  const volume = new Float64Array(count);
  const area = new Float64Array(count);
  for (let t = 0; t < triangles.length; t += 3) {
    const a = triangles[t]! * 3, b = triangles[t + 1]! * 3, c = triangles[t + 2]! * 3;
    const ax = points[a]!, ay = points[a + 1]!, az = points[a + 2]!;
    const bx = points[b]!, by = points[b + 1]!, bz = points[b + 2]!;
    const cx = points[c]!, cy = points[c + 1]!, cz = points[c + 2]!;
    const comp = componentOf[triangles[t]!]!;
    volume[comp]! += (ax * (by * cz - bz * cy) - ay * (bx * cz - bz * cx) + az * (bx * cy - by * cx)) / 6;
    const ux = bx - ax, uy = by - ay, uz = bz - az, vx = cx - ax, vy = cy - ay, vz = cz - az;
    area[comp]! += Math.hypot(uy * vz - uz * vy, uz * vx - ux * vz, ux * vy - uy * vx) / 2;
  }
  return { volume, area };
}

/**
 * Offset each component (vertex → component in `components`; a piece's outer surface and the walls of its
 * cavities share one) along the vertex normals until its signed volume reaches `target` (a few fixed-point
 * rounds, since offsetting changes the area). Each round moves at most `maxOffset` (same units as the points).
 */
export function restoreComponentVolumes(
  points: Float64Array,
  triangles: Uint32Array,
  components: { componentOf: Uint32Array; count: number },
  target: Float64Array,
  maxOffset: number,
  rounds = 3,
): void {
  const { componentOf, count } = components;
  for (let round = 0; round < rounds; round++) {
    const { volume, area } = componentVolumesAndAreas(points, triangles, componentOf, count);
    const offset = new Float64Array(count);
    for (let c = 0; c < count; c++) {
      if (area[c]! <= 0) continue;
      const wanted = (target[c]! - volume[c]!) / area[c]!;
      offset[c] = Math.max(-maxOffset, Math.min(maxOffset, wanted));
    }
    const normals = vertexNormals(points, triangles);
    for (let v = 0; v < componentOf.length; v++) {
      const d = offset[componentOf[v]!]!;
      if (d === 0) continue;
      points[v * 3]! += d * normals[v * 3]!;
      points[v * 3 + 1]! += d * normals[v * 3 + 1]!;
      points[v * 3 + 2]! += d * normals[v * 3 + 2]!;
    }
  }
}
