/**
 * nnU-Net's Gaussian importance map for sliding-window blending: a separable Gaussian centred on the patch,
 * sigma = patch size × sigmaScale along each axis, scaled to a maximum of 1. Zeros (far corners in float32)
 * are replaced by the smallest non-zero weight so every voxel of a window keeps some weight.
 *
 * @param patchSizeVoxels [i, j, k] patch extent
 * @returns weights in k, j, i order (i fastest), length pi*pj*pk
 */
export function gaussianWeights(patchSizeVoxels: readonly [number, number, number], sigmaScale: number): Float32Array {
  const [pi, pj, pk] = patchSizeVoxels;
  const axis = (n: number): Float64Array => {
    const w = new Float64Array(n);
    const centre = (n - 1) / 2;
    const sigma = n * sigmaScale;
    for (let x = 0; x < n; x++) w[x] = Math.exp(-((x - centre) ** 2) / (2 * sigma * sigma));
    return w;
  };
  const wi = axis(pi);
  const wj = axis(pj);
  const wk = axis(pk);
  const out = new Float32Array(pi * pj * pk);
  let max = 0;
  for (let k = 0, n = 0; k < pk; k++) {
    for (let j = 0; j < pj; j++) {
      for (let i = 0; i < pi; i++, n++) {
        const v = wk[k]! * wj[j]! * wi[i]!;
        out[n] = v;
        if (v > max) max = v;
      }
    }
  }
  let minNonZero = Infinity;
  for (let n = 0; n < out.length; n++) {
    out[n] = out[n]! / max;
    if (out[n]! > 0 && out[n]! < minNonZero) minNonZero = out[n]!;
  }
  for (let n = 0; n < out.length; n++) if (out[n] === 0) out[n] = minNonZero;
  return out;
}

/**
 * Window start positions along one axis, as nnU-Net computes them: the fewest steps of at most
 * patch × (1 - overlap) voxels that cover [0, size), spread evenly from 0 to size - patch.
 * A size smaller than the patch gives one window at 0 (the caller pads).
 */
export function windowStarts(sizeVoxels: number, patchVoxels: number, overlap: number): number[] {
  if (sizeVoxels <= patchVoxels) return [0];
  const targetStep = Math.max(1, patchVoxels * (1 - overlap));
  const steps = Math.ceil((sizeVoxels - patchVoxels) / targetStep) + 1;
  const actualStep = (sizeVoxels - patchVoxels) / (steps - 1);
  const starts: number[] = [];
  for (let s = 0; s < steps; s++) starts.push(Math.round(actualStep * s));
  return starts;
}
