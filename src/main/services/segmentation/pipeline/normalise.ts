import type { VoxelData } from '../../../../shared/domain/volume';
import type { Normalisation } from '../models/manifestSchema';

/** Maps a stored intensity (HU for CT) to the model's normalised input value. */
export type IntensityMap = (value: number) => number;

/** Mean and standard deviation of all voxels (float64 accumulation; Welford-free two-pass is fine at this size). */
export function intensityStats(voxels: VoxelData): { mean: number; std: number } {
  let sum = 0;
  for (let n = 0; n < voxels.length; n++) sum += voxels[n]!;
  const mean = sum / voxels.length;
  let sq = 0;
  for (let n = 0; n < voxels.length; n++) {
    const d = voxels[n]! - mean;
    sq += d * d;
  }
  return { mean, std: Math.sqrt(sq / voxels.length) };
}

/**
 * Build the intensity map a package's `normalisation` describes.
 * - ct-clip-zscore: clip to [clipLow, clipHigh] then (x - mean) / std with the package's fixed dataset statistics.
 * - zscore: (x - mean) / max(std, 1e-8) with this image's own statistics (nnU-Net's MR normalisation).
 * - none: identity.
 */
export function intensityMap(norm: Normalisation, voxels: VoxelData): IntensityMap {
  switch (norm.kind) {
    case 'ct-clip-zscore': {
      const { clipLow, clipHigh, mean, std } = norm;
      return (v) => ((v < clipLow ? clipLow : v > clipHigh ? clipHigh : v) - mean) / std;
    }
    case 'zscore': {
      const { mean, std } = intensityStats(voxels);
      const s = Math.max(std, 1e-8);
      return (v) => (v - mean) / s;
    }
    case 'none':
      return (v) => v;
  }
}
