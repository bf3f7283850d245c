import type { Volume } from '../../../../shared/domain/volume';
import { axialAxis } from '../voxel/axes';
import type { ComponentStats } from '../voxel/connectedComponents';

/** Contrast in vessels stays below this; dense cortical bone exceeds it in any real bone component (HU). */
const VESSEL_MAX_P99_HU = 600;
/** Vessel lumen diameters that contrast makes bright: from large branches up to the aorta (mm). */
const VESSEL_DIAMETER_MM = { min: 6, max: 40 };
/** Section area / area of the ellipse inscribed in its bounding box, and bbox aspect ratio, of a round section. */
const ROUND_FILL_MIN = 0.7;
const ROUND_ASPECT_MAX = 1.6;
/** Share of slices whose section must be round. */
const ROUND_SLICE_SHARE = 0.8;

/**
 * True when a bright component looks like a contrast-filled vessel rather than bone: one round section per
 * slice, stacked along the body axis (length >= 2 diameters), centre drifting less than a radius per slice,
 * diameter 6-40 mm, and no voxel as dense as cortex (99th percentile < 600 HU). Bone components are either
 * irregular in section (vertebrae with their arches), oblique (ribs) or hold dense cortex.
 */
export function isTubularVessel(image: Volume, labels: Int32Array, c: ComponentStats): boolean {
  const g = image.geometry;
  const axis = axialAxis(g);
  const u = axis === 0 ? 1 : 0;
  const v = axis === 2 ? 1 : 2;
  const [si, sj] = g.sizeIjk;
  const strides = [1, si, si * sj];
  const sliceCount = c.maxIjk[axis] - c.minIjk[axis] + 1;
  if (sliceCount < 3) return false;
  const hu: number[] = [];
  let roundSlices = 0;
  let diameterSumMm = 0;
  let prevCentre: [number, number] | null = null;
  let maxDriftMm = 0;
  for (let s = c.minIjk[axis]; s <= c.maxIjk[axis]; s++) {
    let area = 0, minU = Infinity, maxU = -1, minV = Infinity, maxV = -1, sumU = 0, sumV = 0;
    for (let b = c.minIjk[v]; b <= c.maxIjk[v]; b++) {
      for (let a = c.minIjk[u]; a <= c.maxIjk[u]; a++) {
        const o = s * strides[axis]! + a * strides[u]! + b * strides[v]!;
        if (labels[o] !== c.label) continue;
        area++;
        sumU += a; sumV += b;
        if (a < minU) minU = a;
        if (a > maxU) maxU = a;
        if (b < minV) minV = b;
        if (b > maxV) maxV = b;
        hu.push(image.voxels[o] as number);
      }
    }
    if (area === 0) return false; // a gap along the axis: not a straight tube
    const wMm = (maxU - minU + 1) * g.spacingMm[u];
    const hMm = (maxV - minV + 1) * g.spacingMm[v];
    const areaMm2 = area * g.spacingMm[u] * g.spacingMm[v];
    const fill = areaMm2 / ((Math.PI / 4) * wMm * hMm);
    if (fill >= ROUND_FILL_MIN && Math.max(wMm, hMm) / Math.min(wMm, hMm) <= ROUND_ASPECT_MAX) roundSlices++;
    diameterSumMm += (wMm + hMm) / 2;
    const centre: [number, number] = [(sumU / area) * g.spacingMm[u], (sumV / area) * g.spacingMm[v]];
    if (prevCentre) maxDriftMm = Math.max(maxDriftMm, Math.hypot(centre[0] - prevCentre[0], centre[1] - prevCentre[1]));
    prevCentre = centre;
  }
  const diameterMm = diameterSumMm / sliceCount;
  const lengthMm = sliceCount * g.spacingMm[axis];
  if (diameterMm < VESSEL_DIAMETER_MM.min || diameterMm > VESSEL_DIAMETER_MM.max) return false;
  if (lengthMm < 2 * diameterMm) return false;
  if (roundSlices < ROUND_SLICE_SHARE * sliceCount) return false;
  if (maxDriftMm > diameterMm / 2) return false;
  hu.sort((x, y) => x - y);
  const p99 = hu[Math.min(hu.length - 1, Math.floor(0.99 * hu.length))]!;
  return p99 < VESSEL_MAX_P99_HU;
}
