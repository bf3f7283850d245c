import type { Vec3 } from '../../../../shared/domain/geometry';
import type { VoxelData } from '../../../../shared/domain/volume';

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
  const [si, sj, sk] = sizeIjk;
  const stride = axis === 0 ? 1 : axis === 1 ? si : si * sj;
  const len = sizeIjk[axis];
  const out = new Float32Array(src.length);
  const outerA = axis === 0 ? sj : si;
  const outerB = axis === 2 ? sj : sk;
  const strideA = axis === 0 ? si : 1;
  const strideB = axis === 2 ? si : si * sj;
  for (let b = 0; b < outerB; b++) {
    for (let a = 0; a < outerA; a++) {
      const base = a * strideA + b * strideB;
      let sum = 0;
      for (let t = 0; t <= Math.min(len - 1, r); t++) sum += src[base + t * stride]!;
      for (let t = 0; t < len; t++) {
        const lo = Math.max(0, t - r), hi = Math.min(len - 1, t + r);
        out[base + t * stride] = sum / (hi - lo + 1);
        if (t - r >= 0) sum -= src[base + (t - r) * stride]!;
        if (t + r + 1 < len) sum += src[base + (t + r + 1) * stride]!;
      }
    }
  }
  return out;
}
