import type { VoxelData } from '../../../../shared/domain/volume';

/** Window width and centre in the volume's units (HU for CT). */
export interface WindowLevel {
  width: number;
  center: number;
}

export type WindowPresetId = 'ct-soft-tissue' | 'ct-lung' | 'ct-bone' | 'ct-brain' | 'ct-liver' | 'auto';

export const CT_WINDOW_PRESETS: ReadonlyArray<{ id: Exclude<WindowPresetId, 'auto'>; name: string } & WindowLevel> = [
  { id: 'ct-soft-tissue', name: 'Soft tissue', width: 400, center: 40 },
  { id: 'ct-lung', name: 'Lung', width: 1500, center: -600 },
  { id: 'ct-bone', name: 'Bone', width: 1800, center: 400 },
  { id: 'ct-brain', name: 'Brain', width: 80, center: 40 },
  { id: 'ct-liver', name: 'Liver', width: 150, center: 90 },
];

/** Most voxels examined for automatic windowing: a strided sample keeps it O(1) in volume size. */
const MAX_SAMPLES = 1 << 18;
const BINS = 4096;

/**
 * Window from intensity percentiles (default 1st–99th) of a strided voxel sample, for MR and other
 * data without calibrated units. `minValue`/`maxValue` bound the histogram (from VolumeInfo).
 */
export function autoWindowFromPercentiles(
  voxels: VoxelData, minValue: number, maxValue: number, lowPercentile = 1, highPercentile = 99,
): WindowLevel {
  if (!(maxValue > minValue)) return { width: 1, center: minValue };
  const stride = Math.max(1, Math.floor(voxels.length / MAX_SAMPLES));
  const hist = new Uint32Array(BINS);
  const scale = (BINS - 1) / (maxValue - minValue);
  let count = 0;
  for (let n = 0; n < voxels.length; n += stride) {
    const bin = Math.round(((voxels[n] as number) - minValue) * scale);
    hist[Math.min(BINS - 1, Math.max(0, bin))]++;
    count++;
  }
  const valueAt = (percentile: number): number => {
    const target = (percentile / 100) * count;
    let acc = 0;
    for (let b = 0; b < BINS; b++) {
      acc += hist[b];
      if (acc >= target) return minValue + b / scale;
    }
    return maxValue;
  };
  const low = valueAt(lowPercentile);
  const high = valueAt(highPercentile);
  return { width: Math.max(high - low, 1e-3), center: (low + high) / 2 };
}

/** Window/level change for a mouse drag: right widens the window, up raises the level. */
export function dragWindowLevel(start: WindowLevel, dxPx: number, dyPx: number, rangeValue: number): WindowLevel {
  const perPx = Math.max(rangeValue, 1) / 1000;
  return { width: Math.max(1, start.width + dxPx * perPx * 2), center: start.center - dyPx * perPx * 2 };
}

export function defaultWindow(modality: string, voxels: VoxelData, minValue: number, maxValue: number): WindowLevel {
  if (modality === 'CT') return { width: 400, center: 40 };
  return autoWindowFromPercentiles(voxels, minValue, maxValue);
}
