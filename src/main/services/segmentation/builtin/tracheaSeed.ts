import type { Volume } from '../../../../shared/domain/volume';
import { axialAxis, superiorSign } from '../voxel/axes';
import { labelComponents } from '../voxel/connectedComponents';
import type { Mask } from '../voxel/mask';

/** The trachea's lumen is pure air (HU). */
const TRACHEA_LUMEN_MAX_HU = -900;
/** Adult trachea lumen diameter range (mm), generous on both sides. */
const TRACHEA_DIAMETER_MM = { min: 8, max: 30 };
/** Superior slices searched for the trachea. */
const TRACHEA_SEARCH_SLICES = 5;

/** Offsets of the trachea lumen's voxels in the most superior slice where it is found, or null. */
export function findTracheaSeeds(image: Volume, body: Mask): number[] | null {
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
    let bestLabel = 0;
    let bestDistance = Infinity;
    for (const c of cc.components) {
      const wMm = (c.maxIjk[0] - c.minIjk[0] + 1) * g.spacingMm[u];
      const hMm = (c.maxIjk[1] - c.minIjk[1] + 1) * g.spacingMm[v];
      const d = (wMm + hMm) / 2;
      if (d < TRACHEA_DIAMETER_MM.min || d > TRACHEA_DIAMETER_MM.max) continue;
      if (Math.max(wMm, hMm) / Math.min(wMm, hMm) > 2) continue;
      const distanceMm = Math.abs(c.centroidIjk[0] - centreU) * g.spacingMm[u];
      if (distanceMm > 40 || distanceMm >= bestDistance) continue;
      bestLabel = c.label;
      bestDistance = distanceMm;
    }
    if (bestLabel === 0) continue;
    const seeds: number[] = [];
    for (let p = 0; p < cc.labels.length; p++) {
      if (cc.labels[p] !== bestLabel) continue;
      const a = p % nu, b = (p / nu) | 0;
      seeds.push(s * strides[axis]! + a * strides[u]! + b * strides[v]!);
    }
    return seeds;
  }
  return null;
}
