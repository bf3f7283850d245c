import type { Vec3 } from '../../../../shared/domain/geometry';
import type { Volume } from '../../../../shared/domain/volume';
import { OstendoError } from '../../../../shared/errors';
import { growRegion } from '../voxel/growRegion';
import type { Mask } from '../voxel/mask';

export interface RegionGrowOptions {
  /** Accepted distance from the reference intensity, in the image's unit (HU for CT). Must be >= 0. */
  tolerance: number;
  /** 'seed': the seed voxel's value; 'neighbourhoodMean' (default): mean of the 3x3x3 voxels around the seed (less noise). */
  reference?: 'seed' | 'neighbourhoodMean';
  /** Leak guard: the region may not exceed this fraction of the volume (default 0.1 = 10 %). */
  maxFraction?: number;
}

export interface RegionGrowResult {
  /** 1 inside the region, on the image's grid. */
  mask: Mask;
  voxelCount: number;
  /** Reference intensity the tolerance is applied to (image unit). */
  reference: number;
  /** Inclusive accepted intensity range (image unit). */
  range: { min: number; max: number };
}

/**
 * Grow a 6-connected 3D region from `seedIjk` (integer voxel index) through voxels whose intensity lies within
 * `tolerance` of the reference. Throws INVALID_REQUEST for a seed outside the volume or a negative tolerance and
 * REGION_LEAKED when the region passes `maxFraction` of the volume (it has escaped the intended structure).
 */
export function regionGrow(image: Volume, seedIjk: Vec3, options: RegionGrowOptions): RegionGrowResult {
  const g = image.geometry;
  const [si, sj, sk] = g.sizeIjk;
  const [i, j, k] = seedIjk.map((v) => Math.round(v)) as Vec3;
  if (!(i >= 0 && j >= 0 && k >= 0 && i < si && j < sj && k < sk)) {
    throw new OstendoError('INVALID_REQUEST', `Seed [${seedIjk.join(', ')}] is outside the volume (size ${si}x${sj}x${sk})`);
  }
  if (!(options.tolerance >= 0)) throw new OstendoError('INVALID_REQUEST', `Tolerance must be >= 0 (got ${options.tolerance})`);
  const maxFraction = options.maxFraction ?? 0.1;
  if (!(maxFraction > 0 && maxFraction <= 1)) throw new OstendoError('INVALID_REQUEST', `maxFraction must be in (0, 1] (got ${maxFraction})`);
  const seed = i + j * si + k * si * sj;
  const reference = options.reference === 'seed' ? (image.voxels[seed] as number) : neighbourhoodMean(image, [i, j, k]);
  const min = reference - options.tolerance;
  const max = reference + options.tolerance;
  const maxVoxels = Math.floor(maxFraction * image.voxels.length);
  const voxels = image.voxels;
  const grown = growRegion(g.sizeIjk, [seed], (o) => {
    const v = voxels[o] as number;
    return v >= min && v <= max;
  }, maxVoxels);
  if (grown === null) {
    const pct = Math.round(maxFraction * 1000) / 10;
    throw new OstendoError('REGION_LEAKED', `Region leaked into more than ${pct}% of the volume; lower the tolerance`, { maxFraction, tolerance: options.tolerance });
  }
  if (grown.count === 0) {
    // the seed itself is outside its own neighbourhood's tolerance (seed on an edge, tolerance tiny)
    throw new OstendoError('INVALID_REQUEST', `The seed value ${voxels[seed]} is outside ${min}..${max}; raise the tolerance or use reference 'seed'`);
  }
  return { mask: grown.mask, voxelCount: grown.count, reference, range: { min, max } };
}

/** Mean intensity of the 3x3x3 block around an index, clipped at the volume edge. */
function neighbourhoodMean(image: Volume, [i, j, k]: Vec3): number {
  const [si, sj, sk] = image.geometry.sizeIjk;
  let sum = 0, n = 0;
  for (let c = Math.max(0, k - 1); c <= Math.min(sk - 1, k + 1); c++) {
    for (let b = Math.max(0, j - 1); b <= Math.min(sj - 1, j + 1); b++) {
      for (let a = Math.max(0, i - 1); a <= Math.min(si - 1, i + 1); a++) {
        sum += image.voxels[a + b * si + c * si * sj] as number;
        n++;
      }
    }
  }
  return sum / n;
}
