import type { Vec3 } from '../../../../shared/domain/geometry';
import type { VoxelData } from '../../../../shared/domain/volume';
import type { ModelGrid } from './modelGrid';
import type { IntensityMap } from './normalise';

export type LabelArray = Uint8Array | Uint16Array;

interface AxisTaps {
  /** input offset contribution (index × stride) of the lower neighbour */
  base: Int32Array;
  /** stride to the upper neighbour, 0 at the last voxel (edge clamp) */
  step: Int32Array;
  /** weight of the upper neighbour */
  frac: Float32Array;
}

function axisTaps(grid: ModelGrid, m: number, inputSize: Vec3): AxisTaps {
  const c = grid.inputAxis[m]!;
  const n = inputSize[c];
  const stride = c === 0 ? 1 : c === 1 ? inputSize[0] : inputSize[0] * inputSize[1];
  const size = grid.sizeIjk[m]!;
  const taps: AxisTaps = { base: new Int32Array(size), step: new Int32Array(size), frac: new Float32Array(size) };
  for (let x = 0; x < size; x++) {
    const pos = Math.min(n - 1, Math.max(0, grid.offset[m]! + grid.scale[m]! * x));
    const lo = Math.min(Math.floor(pos), n - 1);
    taps.base[x] = lo * stride;
    taps.step[x] = lo < n - 1 ? stride : 0;
    taps.frac[x] = pos - lo;
  }
  return taps;
}

/** A lookup table for small integer voxel types, so the (possibly clipping) intensity map runs once per value. */
function mappedReader(voxels: VoxelData, map: IntensityMap): (offset: number) => number {
  if (voxels instanceof Int16Array || voxels instanceof Uint16Array || voxels instanceof Int8Array || voxels instanceof Uint8Array) {
    const signed = voxels instanceof Int16Array || voxels instanceof Int8Array;
    const bits = voxels.BYTES_PER_ELEMENT * 8;
    const bias = signed ? 1 << (bits - 1) : 0;
    const lut = new Float32Array(1 << bits);
    for (let v = 0; v < lut.length; v++) lut[v] = map(v - bias);
    return (o) => lut[voxels[o]! + bias]!;
  }
  return (o) => map(voxels[o]!);
}

/**
 * Resample an input volume onto the model grid with trilinear interpolation (edge-clamped), applying the
 * intensity map to each input voxel first (nnU-Net normalises before resampling, which matters when clipping).
 * @returns normalised float32 image, model axes, i fastest (length = product of grid.sizeIjk)
 */
export function sampleToModelGrid(voxels: VoxelData, inputSize: Vec3, grid: ModelGrid, map: IntensityMap): Float32Array {
  const read = mappedReader(voxels, map);
  const [ti, tj, tk] = [axisTaps(grid, 0, inputSize), axisTaps(grid, 1, inputSize), axisTaps(grid, 2, inputSize)];
  const [ni, nj, nk] = grid.sizeIjk;
  const out = new Float32Array(ni * nj * nk);
  let n = 0;
  for (let k = 0; k < nk; k++) {
    const bk = tk.base[k]!, sk = tk.step[k]!, fk = tk.frac[k]!;
    for (let j = 0; j < nj; j++) {
      const bj = tj.base[j]!, sj = tj.step[j]!, fj = tj.frac[j]!;
      const b = bk + bj;
      for (let i = 0; i < ni; i++, n++) {
        const o = b + ti.base[i]!;
        const si = ti.step[i]!, fi = ti.frac[i]!;
        const c00 = read(o) + fi * (read(o + si) - read(o));
        const c10 = read(o + sj) + fi * (read(o + sj + si) - read(o + sj));
        const c01 = read(o + sk) + fi * (read(o + sk + si) - read(o + sk));
        const c11 = read(o + sk + sj) + fi * (read(o + sk + sj + si) - read(o + sk + sj));
        const c0 = c00 + fj * (c10 - c00);
        const c1 = c01 + fj * (c11 - c01);
        out[n] = c0 + fk * (c1 - c0);
      }
    }
  }
  return out;
}

/** Nearest model-grid index for each input index along one model axis. */
function nearestModelIndex(grid: ModelGrid, m: number, inputSize: Vec3): Int32Array {
  const c = grid.inputAxis[m]!;
  const n = inputSize[c];
  const size = grid.sizeIjk[m]!;
  const out = new Int32Array(n);
  for (let x = 0; x < n; x++) {
    const model = Math.round((x - grid.offset[m]!) / grid.scale[m]!);
    out[x] = Math.min(size - 1, Math.max(0, model));
  }
  return out;
}

/**
 * Carry a model-grid label map back onto the input grid with nearest-neighbour lookup (labels never blend).
 * @param out label array on the input grid (length = product of inputSize); written and returned
 */
export function labelsToInputGrid<T extends LabelArray>(modelLabels: LabelArray, grid: ModelGrid, inputSize: Vec3, out: T): T {
  // model axis reading input axis c, and that axis' nearest-index table
  const modelAxisOf = [0, 0, 0];
  grid.inputAxis.forEach((c, m) => (modelAxisOf[c] = m));
  const tables = [0, 1, 2].map((m) => nearestModelIndex(grid, m, inputSize));
  const modelStride = [1, grid.sizeIjk[0], grid.sizeIjk[0] * grid.sizeIjk[1]];
  // per input axis: model offset contribution of each input index
  const contrib = [0, 1, 2].map((c) => {
    const m = modelAxisOf[c]!;
    const t = tables[m]!;
    const a = new Int32Array(t.length);
    for (let x = 0; x < t.length; x++) a[x] = t[x]! * modelStride[m]!;
    return a;
  });
  const [ci, cj, ck] = contrib as [Int32Array, Int32Array, Int32Array];
  const [ni, nj, nk] = inputSize;
  let n = 0;
  for (let k = 0; k < nk; k++) {
    for (let j = 0; j < nj; j++) {
      const b = ck[k]! + cj[j]!;
      for (let i = 0; i < ni; i++, n++) out[n] = modelLabels[b + ci[i]!]!;
    }
  }
  return out;
}
