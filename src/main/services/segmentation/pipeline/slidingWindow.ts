import { OstendoError } from '../../../../shared/errors';
import type { Vec3 } from '../../../../shared/domain/geometry';
import { gaussianWeights, windowStarts } from './gaussianWeights';
import { flipPatch, mirrorCombinations } from './mirror';
import type { LabelArray } from './resample';

/** Runs the network on one patch [1,1,pk,pj,pi] and returns its output [1,C,pk,pj,pi] as a flat array. */
export type PatchRunner = (patch: Float32Array, dimsKji: Vec3) => Promise<Float32Array>;

export interface SlidingWindowOptions {
  /** Patch extent along model axes i, j, k. */
  patchSizeVoxels: Vec3;
  overlap: number;
  gaussianSigmaScale: number;
  /** Model axes to mirror for test-time augmentation (0=i, 1=j, 2=k). */
  mirrorAxes: readonly number[];
  /** Output channels per voxel (1 for 'labels'). */
  channels: number;
  outputKind: 'logits' | 'probabilities' | 'labels';
  signal?: AbortSignal;
  /** windowsDone / windowsTotal */
  onProgress?: (windowsDone: number, windowsTotal: number) => void;
  /**
   * Optional C × K × J × I array (model grid) that receives the blended channel values (weighted mean).
   * For diagnostics and soft-output export of small volumes; costs C floats per model voxel.
   */
  blendedOut?: Float32Array;
}

/**
 * Sliding-window inference with Gaussian blending over a normalised model-grid image, ending in an argmax label map.
 *
 * Memory: windows are visited in k order and only the planes the current row of windows can still touch are kept:
 * channels × patchK × (paddedI × paddedJ) floats, independent of the volume's depth. Planes the next windows cannot
 * reach are blended, arg-maxed into the label map and dropped. Images smaller than the patch are zero-padded
 * (in normalised units, as nnU-Net does) and the padding is discarded.
 *
 * @param image normalised image on the model grid, i fastest
 * @returns local labels (argmax channel, or the model's own label values for 'labels' output) on the model grid
 */
export async function slidingWindowLabels(image: Float32Array, sizeIjk: Vec3, run: PatchRunner, o: SlidingWindowOptions): Promise<LabelArray> {
  const [ni, nj, nk] = sizeIjk;
  const [pi, pj, pk] = o.patchSizeVoxels;
  const Pi = Math.max(ni, pi), Pj = Math.max(nj, pj), Pk = Math.max(nk, pk);
  const si = windowStarts(Pi, pi, o.overlap), sj = windowStarts(Pj, pj, o.overlap), sk = windowStarts(Pk, pk, o.overlap);
  const total = si.length * sj.length * sk.length;
  const labelsKind = o.outputKind === 'labels';
  const C = labelsKind ? 1 : o.channels;
  const weights = gaussianWeights(o.patchSizeVoxels, o.gaussianSigmaScale);
  const plane = Pi * Pj;
  const patchVoxels = pi * pj * pk;
  // slab of pk planes starting at model plane `base`
  const acc = new Float32Array(C * pk * plane);
  const wsum = new Float32Array(pk * plane);
  const out: LabelArray = C > 255 || labelsKind ? new Uint16Array(ni * nj * nk) : new Uint8Array(ni * nj * nk);
  const mirrors = labelsKind ? [[]] : mirrorCombinations(o.mirrorAxes);
  const patch = new Float32Array(patchVoxels);
  let done = 0;

  const finalise = (base: number, from: number, to: number): void => {
    for (let k = from; k < Math.min(to, nk); k++) {
      const lk = k - base;
      for (let j = 0; j < nj; j++) {
        for (let i = 0; i < ni; i++) {
          const s = lk * plane + j * Pi + i;
          const dst = i + j * ni + k * ni * nj;
          if (labelsKind) {
            out[dst] = acc[s]!;
            continue;
          }
          let best = 0;
          let bestValue = acc[s]!;
          for (let c = 1; c < C; c++) {
            const v = acc[c * pk * plane + s]!;
            if (v > bestValue) {
              bestValue = v;
              best = c;
            }
          }
          out[dst] = best;
          if (o.blendedOut) {
            const w = wsum[s]!;
            for (let c = 0; c < C; c++) o.blendedOut[c * ni * nj * nk + dst] = acc[c * pk * plane + s]! / w;
          }
        }
      }
    }
  };

  for (let zi = 0; zi < sk.length; zi++) {
    const base = sk[zi]!;
    for (const y0 of sj) {
      for (const x0 of si) {
        if (o.signal?.aborted) throw new OstendoError('CANCELLED', 'Segmentation cancelled');
        extractPatch(image, sizeIjk, [x0, y0, base], o.patchSizeVoxels, patch);
        const result = await runMirrored(run, patch, [pk, pj, pi], C, mirrors);
        for (let z = 0; z < pk; z++) {
          for (let y = 0; y < pj; y++) {
            const rowS = z * plane + (y0 + y) * Pi + x0;
            const rowP = (z * pj + y) * pi;
            for (let x = 0; x < pi; x++) {
              const w = weights[rowP + x]!;
              const s = rowS + x;
              if (labelsKind) {
                if (w > wsum[s]!) {
                  wsum[s] = w;
                  acc[s] = result[rowP + x]!;
                }
                continue;
              }
              wsum[s] = wsum[s]! + w;
              for (let c = 0; c < C; c++) acc[c * pk * plane + s] = acc[c * pk * plane + s]! + w * result[c * patchVoxels + rowP + x]!;
            }
          }
        }
        o.onProgress?.(++done, total);
      }
    }
    // planes before the next row's start are final; shift the slab so it starts there
    const next = zi + 1 < sk.length ? sk[zi + 1]! : base + pk;
    finalise(base, base, next);
    const shift = next - base;
    if (shift < pk) {
      for (let c = 0; c < C; c++) acc.copyWithin(c * pk * plane, c * pk * plane + shift * plane, (c + 1) * pk * plane);
      wsum.copyWithin(0, shift * plane);
    }
    for (let c = 0; c < C; c++) acc.fill(0, c * pk * plane + Math.max(0, pk - shift) * plane, (c + 1) * pk * plane);
    wsum.fill(0, Math.max(0, pk - shift) * plane);
  }
  return out;
}

/** Copy patch [x0..x0+pi) × … from the image; voxels beyond the image are 0 (normalised padding). */
export function extractPatch(image: Float32Array, sizeIjk: Vec3, startIjk: Vec3, patchSizeVoxels: Vec3, out: Float32Array): Float32Array {
  const [ni, nj, nk] = sizeIjk;
  const [pi, pj, pk] = patchSizeVoxels;
  const [x0, y0, z0] = startIjk;
  out.fill(0);
  const w = Math.max(0, Math.min(pi, ni - x0));
  for (let z = 0; z < pk && z0 + z < nk; z++) {
    for (let y = 0; y < pj && y0 + y < nj; y++) {
      const src = x0 + (y0 + y) * ni + (z0 + z) * ni * nj;
      out.set(image.subarray(src, src + w), (z * pj + y) * pi);
    }
  }
  return out;
}

async function runMirrored(run: PatchRunner, patch: Float32Array, dimsKji: Vec3, channels: number, mirrors: number[][]): Promise<Float32Array> {
  if (mirrors.length === 1 && mirrors[0]!.length === 0) return run(patch, dimsKji);
  let sum: Float32Array | undefined;
  for (const axes of mirrors) {
    const input = axes.length ? flipPatch(patch, 1, dimsKji, axes) : patch;
    const raw = await run(input, dimsKji);
    const back = axes.length ? flipPatch(raw, channels, dimsKji, axes) : raw;
    if (!sum) sum = Float32Array.from(back);
    else for (let n = 0; n < sum.length; n++) sum[n] = sum[n]! + back[n]!;
  }
  const result = sum!;
  for (let n = 0; n < result.length; n++) result[n] = result[n]! / mirrors.length;
  return result;
}
