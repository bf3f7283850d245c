import type { Vec3, VolumeGeometry } from '../../../shared/domain/geometry';
import type { VoxelData } from '../../../shared/domain/volume';
import { extractBinarySurface } from './extractBinarySurface';
import { maskComponents, restoreComponentVolumes } from './restoreComponentVolumes';
import { smoothTaubin, vertexNormals } from './smoothTaubin';

/** Voxel-index bounding box of one label value (inclusive), with its voxel count. */
export interface LabelBox {
  minIjk: Vec3;
  maxIjk: Vec3;
  voxelCount: number;
}

/** Surface of one structure in LPS millimetres; closed, normals pointing out of the structure. */
export interface LabelSurface {
  /** xyz triplets, LPS mm */
  pointsLps: Float32Array;
  /** vertex index triplets, counter-clockwise seen from outside */
  triangles: Uint32Array;
  /** unit vertex normals, LPS, pointing outward */
  normals: Float32Array;
}

/** One pass over the label map: bounding box and count of every wanted label value present. */
export function labelBoxes(voxels: VoxelData, sizeIjk: Vec3, wanted: Iterable<number>): Map<number, LabelBox> {
  const boxes = new Map<number, LabelBox>();
  for (const label of wanted) boxes.set(label, { minIjk: [Infinity, Infinity, Infinity], maxIjk: [-1, -1, -1], voxelCount: 0 });
  const [nx, ny, nz] = sizeIjk;
  let n = 0;
  for (let k = 0; k < nz; k++) {
    for (let j = 0; j < ny; j++) {
      for (let i = 0; i < nx; i++, n++) {
        const v = voxels[n]!;
        if (v === 0) continue;
        const box = boxes.get(v);
        if (!box) continue;
        box.voxelCount++;
        if (i < box.minIjk[0]) box.minIjk[0] = i;
        if (i > box.maxIjk[0]) box.maxIjk[0] = i;
        if (j < box.minIjk[1]) box.minIjk[1] = j;
        if (j > box.maxIjk[1]) box.maxIjk[1] = j;
        if (k < box.minIjk[2]) box.minIjk[2] = k;
        if (k > box.maxIjk[2]) box.maxIjk[2] = k;
      }
    }
  }
  for (const [label, box] of boxes) if (box.voxelCount === 0) boxes.delete(label);
  return boxes;
}

/**
 * Smoothing may move a surface point at most this many voxels (per axis) from its marching-cubes position, so
 * the mesh keeps to the segmentation: thin structures neither vanish nor drift.
 */
export const MAX_SMOOTHING_SHIFT_VOXELS = 0.3;

/** det of a row-major 3x3 */
function det3(m: readonly number[]): number {
  return m[0]! * (m[4]! * m[8]! - m[5]! * m[7]!) - m[1]! * (m[3]! * m[8]! - m[5]! * m[6]!) + m[2]! * (m[3]! * m[7]! - m[4]! * m[6]!);
}

/**
 * Mesh one label value: crop its box padded by one voxel on every side (padding beyond the scan counts as
 * background, so a structure cut by the scan edge still gets a closed cap), marching cubes in index space,
 * constrained Taubin smoothing in mm, index → LPS with the full direction matrix, winding flipped for a
 * left-handed grid, then normals.
 */
export function meshLabel(
  voxels: VoxelData,
  geometry: VolumeGeometry,
  label: number,
  box: LabelBox,
  smoothingIterations: number,
  signal?: AbortSignal,
): LabelSurface {
  const [sx, sy] = geometry.sizeIjk;
  const lo: Vec3 = [box.minIjk[0] - 1, box.minIjk[1] - 1, box.minIjk[2] - 1];
  const dims: [number, number, number] = [box.maxIjk[0] - lo[0] + 2, box.maxIjk[1] - lo[1] + 2, box.maxIjk[2] - lo[2] + 2];
  const mask = new Uint8Array(dims[0] * dims[1] * dims[2]);
  // Only the inner (unpadded) region can hold the label; the padding stays 0.
  for (let k = 1; k < dims[2] - 1; k++) {
    for (let j = 1; j < dims[1] - 1; j++) {
      const src = lo[0] + 1 + (lo[1] + j) * sx + (lo[2] + k) * sx * sy;
      const dst = 1 + j * dims[0] + k * dims[0] * dims[1];
      for (let i = 0; i < dims[0] - 2; i++) if (voxels[src + i] === label) mask[dst + i] = 1;
    }
  }
  const surface = extractBinarySurface(mask, dims, lo);
  const points = surface.pointsIjk;
  const triangles = surface.triangles;
  // Smooth in index space scaled to mm: a rigid image of LPS (so smoothing is physical for anisotropic voxels)
  // in which the displacement limit is simply a fraction of each axis' spacing.
  const spacing = geometry.spacingMm;
  for (let p = 0; p < points.length; p++) points[p]! *= spacing[p % 3]!;
  const limit = (a: number): number => MAX_SMOOTHING_SHIFT_VOXELS * spacing[a]!;
  if (smoothingIterations > 0) {
    smoothTaubin(points, triangles, { iterations: smoothingIterations, maxDisplacement: [limit(0), limit(1), limit(2)], signal });
    const pieces = maskComponents(mask, dims);
    const vertexPiece = new Uint32Array(points.length / 3);
    for (let v = 0; v < vertexPiece.length; v++) vertexPiece[v] = pieces.componentOf[surface.insideVoxel[v]!]!;
    const voxelMm3 = spacing[0] * spacing[1] * spacing[2];
    const targetMm3 = Float64Array.from(pieces.voxelCounts, (n) => n * voxelMm3);
    restoreComponentVolumes(points, triangles, { componentOf: vertexPiece, count: targetMm3.length }, targetMm3, Math.min(limit(0), limit(1), limit(2)));
  }
  // points are now spacing-scaled indices: LPS = origin + direction · point (inlined: millions of points)
  const d = geometry.direction;
  const [ox, oy, oz] = geometry.originLps;
  for (let p = 0; p < points.length; p += 3) {
    const x = points[p]!, y = points[p + 1]!, z = points[p + 2]!;
    points[p] = ox + d[0] * x + d[1] * y + d[2] * z;
    points[p + 1] = oy + d[3] * x + d[4] * y + d[5] * z;
    points[p + 2] = oz + d[6] * x + d[7] * y + d[8] * z;
  }
  // A mirroring direction (det < 0) turns outward-facing index-space triangles inward: swap two vertices.
  if (det3(geometry.direction) < 0) {
    for (let t = 0; t < triangles.length; t += 3) {
      const b = triangles[t + 1]!;
      triangles[t + 1] = triangles[t + 2]!;
      triangles[t + 2] = b;
    }
  }
  return { pointsLps: new Float32Array(points), triangles, normals: vertexNormals(points, triangles) };
}
