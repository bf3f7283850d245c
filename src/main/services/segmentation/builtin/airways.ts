import type { Volume } from '../../../../shared/domain/volume';
import { boxMean } from '../voxel/boxMean';
import { growRegion } from '../voxel/growRegion';
import type { Mask } from '../voxel/mask';
import { findTracheaSeeds } from './tracheaSeed';

/** Airway trees (trachea + bronchi down to a few generations) stay below this; more means lung leaked in (mL). */
const AIRWAY_MAX_ML = 250;
/**
 * Growing thresholds on the noise-suppressed image, darkest first: each step admits more of the lumen next to
 * the wall. They stop at -900 because parenchyma (about -850 HU) must never pass after smoothing; a darker,
 * emphysematous lung that does pass is caught by the growth and volume guards.
 */
const GROW_THRESHOLDS_HU = [-980, -960, -940, -920, -900];
/** Half-way between air (-1000) and airway wall (about 0): a rim voxel darker than this is mostly lumen (HU). */
const LUMEN_EDGE_MAX_HU = -500;

export interface AirwaysResult {
  mask: Mask;
  warnings: string[];
}

/**
 * Trachea and main bronchi: find the trachea as a round pure-air section near the body's left-right centre in
 * the most superior slices, then grow a 6-connected region of air from it on a 3x3x3-mean image, raising the
 * threshold step by step and stopping before the step at which the region more than doubles (it broke into lung
 * parenchyma) or exceeds 250 mL. Growing on the raw image leaked into noisy parenchyma (60 HU noise: half the
 * result was lung) because single dark noise voxels chain up; the mean removes them. The mean also shaves one
 * voxel off the lumen at the wall, so the result gets back one rim of raw voxels darker than -500 HU.
 */
export function segmentAirways(image: Volume, body: Mask): AirwaysResult {
  const g = image.geometry;
  const seeds = findTracheaSeeds(image, body);
  if (seeds === null) {
    return { mask: new Uint8Array(body.length), warnings: ['airways: no trachea found in the top slices (scan does not reach the neck or upper chest)'] };
  }
  const smooth = boxMean(image.voxels, g.sizeIjk, [1, 1, 1]);
  const voxelMl = (g.spacingMm[0] * g.spacingMm[1] * g.spacingMm[2]) / 1000;
  const maxVoxels = Math.ceil(AIRWAY_MAX_ML / voxelMl);
  let best: Mask | null = null;
  let bestCount = 0;
  for (const t of GROW_THRESHOLDS_HU) {
    // every lumen voxel of the seed section seeds the fill: a single seed voxel can be brighter than the
    // darkest threshold, which gave an empty region and no warning
    const grown = growRegion(g.sizeIjk, seeds, (o) => body[o] === 1 && smooth[o]! <= t, maxVoxels);
    if (grown === null) break; // over the volume cap
    if (grown.count === 0) continue;
    if (best !== null && grown.count > 2 * bestCount + 50) break;
    best = grown.mask;
    bestCount = grown.count;
  }
  if (best === null) return { mask: new Uint8Array(body.length), warnings: ['airways: region growing from the trachea leaked at the first threshold'] };
  return { mask: addLumenRim(best, image, body), warnings: [] };
}

/** The region plus its 6-neighbours inside the body whose raw HU is mostly air (one voxel, so it cannot leak far). */
function addLumenRim(region: Mask, image: Volume, body: Mask): Mask {
  const [si, sj, sk] = image.geometry.sizeIjk;
  const plane = si * sj;
  const out = region.slice();
  const take = (o: number): void => {
    if (body[o] === 1 && (image.voxels[o] as number) <= LUMEN_EDGE_MAX_HU) out[o] = 1;
  };
  for (let k = 0, o = 0; k < sk; k++) {
    for (let j = 0; j < sj; j++) {
      for (let i = 0; i < si; i++, o++) {
        if (region[o] !== 1) continue;
        if (i > 0) take(o - 1);
        if (i < si - 1) take(o + 1);
        if (j > 0) take(o - si);
        if (j < sj - 1) take(o + si);
        if (k > 0) take(o - plane);
        if (k < sk - 1) take(o + plane);
      }
    }
  }
  return out;
}
