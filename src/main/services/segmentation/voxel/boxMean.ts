import type { Vec3 } from '../../../../shared/domain/geometry';
import type { VoxelData } from '../../../../shared/domain/volume';
import { windowSumsAlong } from './windowSums';

/**
 * Mean over a box of half-widths `radiusVox` (voxels) along i, j, k, as Float32. Separable running sums, so the cost
 * is O(voxels) whatever the radius; the window is clipped at the volume edge (mean of the voxels that exist).
 * Used to suppress CT noise before thresholding: a 3x3x3 mean cuts independent noise by a factor of about 5.
 */
export function boxMean(voxels: VoxelData, sizeIjk: Vec3, radiusVox: Vec3): Float32Array {
  let cur: Float32Array = Float32Array.from(voxels as ArrayLike<number>);
  for (const axis of [0, 1, 2] as const) {
    const r = radiusVox[axis];
    if (r <= 0) continue;
    cur = meanAlong(cur, sizeIjk, axis, r);
  }
  return cur;
}

function meanAlong(src: Float32Array, sizeIjk: Vec3, axis: 0 | 1 | 2, r: number): Float32Array {
  const out = new Float32Array(src.length);
  windowSumsAlong(src, sizeIjk, axis, r, (o, sum, n) => {
    out[o] = sum / n;
  });
  return out;
}
