import type { VoxelData } from '../../../../shared/domain/volume';

/**
 * Copy of `intensities` keeping voxels whose label is in `keepLabels` and setting every other voxel
 * to `outsideValue` (chosen below the transfer function's visible range). Both arrays share one
 * grid (same length, same i-fastest order). Runs in a worker for big volumes (see maskWorker.ts).
 */
export function maskVolume<T extends VoxelData>(intensities: T, labels: VoxelData, keepLabels: readonly number[], outsideValue: number): T {
  if (labels.length !== intensities.length) {
    throw new Error(`maskVolume: label map has ${labels.length} voxels, volume has ${intensities.length}: not the same grid`);
  }
  let maxLabel = 0;
  for (const l of keepLabels) maxLabel = Math.max(maxLabel, l);
  const keep = new Uint8Array(maxLabel + 1);
  for (const l of keepLabels) keep[l] = 1;
  const out = new (intensities.constructor as new (n: number) => T)(intensities.length);
  for (let n = 0; n < intensities.length; n++) {
    const l = labels[n] as number;
    out[n] = l > 0 && l <= maxLabel && keep[l] === 1 ? (intensities[n] as number) : outsideValue;
  }
  return out;
}
