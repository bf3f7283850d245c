import type { Volume } from '../../../../shared/domain/volume';
import { axialAxis, superiorSign } from '../voxel/axes';
import { labelComponents } from '../voxel/connectedComponents';
import { growRegion } from '../voxel/growRegion';
import type { Mask } from '../voxel/mask';

/** The trachea's lumen is pure air (HU). */
const TRACHEA_LUMEN_MAX_HU = -900;
/** Adult trachea lumen diameter range (mm), generous on both sides. */
const TRACHEA_DIAMETER_MM = { min: 8, max: 30 };
/** Superior slices searched for the trachea. */
const TRACHEA_SEARCH_SLICES = 5;
/** Airway trees (trachea + bronchi down to a few generations) stay below this; more means lung leaked in (mL). */
const AIRWAY_MAX_ML = 250;
/** Growing thresholds tried, darkest first: each step admits more partial-volumed airway wall (HU). */
const GROW_THRESHOLDS_HU = [-980, -960, -940, -920, -900, -880, -860];

export interface AirwaysResult {
  mask: Mask;
  warnings: string[];
}

/**
 * Trachea and main bronchi: find the trachea as a round pure-air section near the body's left-right centre in
 * the top slices, then grow a 6-connected region of air from it, raising the threshold step by step and stopping
 * before the step at which the region more than doubles (it broke into lung parenchyma) or exceeds 250 mL.
 */
export function segmentAirways(image: Volume, body: Mask): AirwaysResult {
  const g = image.geometry;
  const seed = findTracheaSeed(image, body);
  if (seed === null) {
    return { mask: new Uint8Array(body.length), warnings: ['airways: no trachea found in the top slices (scan does not reach the neck or upper chest)'] };
  }
  const voxelMl = (g.spacingMm[0] * g.spacingMm[1] * g.spacingMm[2]) / 1000;
  let best: Mask | null = null;
  let bestCount = 0;
  for (const t of GROW_THRESHOLDS_HU) {
    const grown = growRegion(g.sizeIjk, [seed], (o) => body[o] === 1 && (image.voxels[o] as number) <= t, Math.ceil(AIRWAY_MAX_ML / voxelMl));
    if (grown === null) break; // over the volume cap
    if (best !== null && grown.count > 2 * bestCount + 50) break;
    best = grown.mask;
    bestCount = grown.count;
  }
  if (best === null) return { mask: new Uint8Array(body.length), warnings: ['airways: region growing from the trachea leaked at the first threshold'] };
  return { mask: best, warnings: [] };
}

/** Offset of a voxel in the trachea lumen, or null. */
function findTracheaSeed(image: Volume, body: Mask): number | null {
  const g = image.geometry;
  const axis = axialAxis(g);
  const u = axis === 0 ? 1 : 0;
  const v = axis === 2 ? 1 : 2;
  const n = g.sizeIjk[axis];
  const strides = [1, g.sizeIjk[0], g.sizeIjk[0] * g.sizeIjk[1]];
  const up = superiorSign(g, axis);
  const nu = g.sizeIjk[u], nv = g.sizeIjk[v];
  for (let step = 0; step < Math.min(TRACHEA_SEARCH_SLICES, n); step++) {
    const s = up === 1 ? n - 1 - step : step;
    // 2D slice masks: air inside the body, and the body itself (for its centre)
    const air = new Uint8Array(nu * nv);
    let bodySumU = 0, bodyCount = 0;
    for (let b = 0; b < nv; b++) {
      for (let a = 0; a < nu; a++) {
        const o = s * strides[axis]! + a * strides[u]! + b * strides[v]!;
        if (body[o] !== 1) continue;
        bodySumU += a; bodyCount++;
        if ((image.voxels[o] as number) <= TRACHEA_LUMEN_MAX_HU) air[a + b * nu] = 1;
      }
    }
    if (bodyCount === 0) continue;
    const centreU = bodySumU / bodyCount;
    const cc = labelComponents(air, [nu, nv, 1]);
    let bestOffset: number | null = null;
    let bestDistance = Infinity;
    for (const c of cc.components) {
      const wMm = (c.maxIjk[0] - c.minIjk[0] + 1) * g.spacingMm[u];
      const hMm = (c.maxIjk[1] - c.minIjk[1] + 1) * g.spacingMm[v];
      const d = (wMm + hMm) / 2;
      if (d < TRACHEA_DIAMETER_MM.min || d > TRACHEA_DIAMETER_MM.max) continue;
      if (Math.max(wMm, hMm) / Math.min(wMm, hMm) > 2) continue;
      const distanceMm = Math.abs(c.centroidIjk[0] - centreU) * g.spacingMm[u];
      if (distanceMm > 40 || distanceMm >= bestDistance) continue;
      // pick a voxel of the component near its centroid as seed
      for (let p = 0; p < cc.labels.length; p++) {
        if (cc.labels[p] !== c.label) continue;
        const a = p % nu, b = (p / nu) | 0;
        bestOffset = s * strides[axis]! + a * strides[u]! + b * strides[v]!;
        bestDistance = distanceMm;
        break;
      }
    }
    if (bestOffset !== null) return bestOffset;
  }
  return null;
}
