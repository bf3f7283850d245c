import type { Vec3 } from '../../../../shared/domain/geometry';

/**
 * For every voxel, the sum of `src` over a window of half-width `radius` along one axis, clipped at the volume
 * edge (voxels outside are ignored, not counted as zero). Running sums make it O(voxels) whatever the radius.
 * `emit(offset, sum, windowLength)` receives each voxel's result; box means and box morphology are both built on it.
 */
export function windowSumsAlong(
  src: ArrayLike<number>,
  sizeIjk: Vec3,
  axis: 0 | 1 | 2,
  radius: number,
  emit: (offset: number, sum: number, windowLength: number) => void,
): void {
  const [si, sj, sk] = sizeIjk;
  const stride = axis === 0 ? 1 : axis === 1 ? si : si * sj;
  const len = sizeIjk[axis];
  // lines along `axis`: iterate over the other two axes
  const outerA = axis === 0 ? sj : si;
  const outerB = axis === 2 ? sj : sk;
  const strideA = axis === 0 ? si : 1;
  const strideB = axis === 2 ? si : si * sj;
  for (let b = 0; b < outerB; b++) {
    for (let a = 0; a < outerA; a++) {
      const base = a * strideA + b * strideB;
      let sum = 0;
      for (let t = 0; t <= Math.min(len - 1, radius); t++) sum += src[base + t * stride]!;
      for (let t = 0; t < len; t++) {
        const lo = Math.max(0, t - radius);
        const hi = Math.min(len - 1, t + radius);
        emit(base + t * stride, sum, hi - lo + 1);
        // slide: drop t - radius, add t + radius + 1
        if (t - radius >= 0) sum -= src[base + (t - radius) * stride]!;
        if (t + radius + 1 < len) sum += src[base + (t + radius + 1) * stride]!;
      }
    }
  }
}
