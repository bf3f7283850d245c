import type { Vec3 } from '../../../../shared/domain/geometry';

/** Every subset of the mirror axes (nnU-Net averages the network over all of them); [[]] when none. */
export function mirrorCombinations(axes: readonly number[]): number[][] {
  const unique = [...new Set(axes)];
  const combos: number[][] = [];
  for (let mask = 0; mask < 1 << unique.length; mask++) combos.push(unique.filter((_, b) => mask & (1 << b)));
  return combos;
}

/**
 * Flip a [C, k, j, i] array along model axes (0=i, 1=j, 2=k). Flipping is its own inverse.
 * @param dimsKji patch extent in k, j, i order
 */
export function flipPatch(data: Float32Array, channels: number, dimsKji: Vec3, axes: readonly number[]): Float32Array {
  const [pk, pj, pi] = dimsKji;
  const fi = axes.includes(0), fj = axes.includes(1), fk = axes.includes(2);
  const out = new Float32Array(data.length);
  const per = pi * pj * pk;
  for (let c = 0; c < channels; c++) {
    for (let k = 0; k < pk; k++) {
      const sk = fk ? pk - 1 - k : k;
      for (let j = 0; j < pj; j++) {
        const sj = fj ? pj - 1 - j : j;
        const dstRow = c * per + (k * pj + j) * pi;
        const srcRow = c * per + (sk * pj + sj) * pi;
        for (let i = 0; i < pi; i++) out[dstRow + i] = data[srcRow + (fi ? pi - 1 - i : i)]!;
      }
    }
  }
  return out;
}
