import { ijkToLps } from '../../../../shared/domain/geometry';
import type { Volume } from '../../../../shared/domain/volume';
import { labelComponents, type ComponentStats } from '../voxel/connectedComponents';
import { andMask, andNotMask, thresholdMask, type Mask } from '../voxel/mask';

/** Lung parenchyma and gas are below this; soft tissue and fat are above (HU). */
export const LUNG_MAX_HU = -400;
/** Lung components are at least this big; smaller air pockets are bowel gas or noise (mL). */
const MIN_LUNG_ML = 10;
/** Pure air (HU). Parenchyma is air mixed with tissue, so few of its voxels are this dark; bowel gas is mostly pure air. */
const PURE_AIR_MAX_HU = -950;
/**
 * Largest share of pure-air voxels in a lung component. On the shared CT lungs have 0 %, stomach/colon gas 22-72 %.
 * Severe emphysema can exceed this and would be missed: reported as a known limit.
 */
const MAX_PURE_AIR_SHARE = 0.15;
/** Parenchyma mean is about -850..-700 HU; components whose mean is above this are partial-volume fat/skin folds. */
const MAX_LUNG_MEAN_HU = -600;

export interface LungsResult {
  left: Mask;
  right: Mask;
}

/**
 * Lungs: air inside the body (< -400 HU), minus the airways, in components that are big enough and look like
 * parenchyma rather than bowel gas. Split into left and right by LPS x relative to the body's centre
 * (patient left = +x in LPS), computed from the geometry, never from array order.
 */
export function segmentLungs(image: Volume, body: Mask, airways: Mask): LungsResult {
  const g = image.geometry;
  const air = andNotMask(andMask(thresholdMask(image.voxels, -Infinity, LUNG_MAX_HU), body), airways);
  const cc = labelComponents(air, g.sizeIjk);
  const n = cc.components.length;
  const count = new Float64Array(n + 1);
  const sum = new Float64Array(n + 1);
  const pure = new Float64Array(n + 1);
  for (let o = 0; o < air.length; o++) {
    const l = cc.labels[o]!;
    if (l === 0) continue;
    const v = image.voxels[o] as number;
    count[l]!++;
    sum[l]! += v;
    if (v <= PURE_AIR_MAX_HU) pure[l]!++;
  }
  const voxelMl = (g.spacingMm[0] * g.spacingMm[1] * g.spacingMm[2]) / 1000;
  const isLung = (c: ComponentStats): boolean =>
    c.voxels * voxelMl >= MIN_LUNG_ML && sum[c.label]! / count[c.label]! <= MAX_LUNG_MEAN_HU && pure[c.label]! / count[c.label]! <= MAX_PURE_AIR_SHARE;

  const midlineX = bodyCentreXLps(image, body);
  const [si, sj] = g.sizeIjk;
  // LPS x is affine in (i, j, k): x = origin_x + sum_c direction[0][c] * spacing[c] * index[c]
  const ax = g.direction[0] * g.spacingMm[0], bx = g.direction[1] * g.spacingMm[1], cx = g.direction[2] * g.spacingMm[2];
  const xOf = (o: number): number => {
    const k = Math.floor(o / (si * sj));
    const rem = o - k * si * sj;
    const j = Math.floor(rem / si);
    return g.originLps[0] + ax * (rem - j * si) + bx * j + cx * k;
  };
  // side per component (+1 left, -1 right, 0 straddles: split voxel by voxel)
  const side = new Int8Array(n + 1);
  const leftVotes = new Float64Array(n + 1);
  for (let o = 0; o < air.length; o++) {
    const l = cc.labels[o]!;
    if (l !== 0 && xOf(o) > midlineX) leftVotes[l]!++;
  }
  for (const c of cc.components) {
    if (!isLung(c)) continue;
    const share = leftVotes[c.label]! / count[c.label]!;
    side[c.label] = share >= 0.9 ? 1 : share <= 0.1 ? -1 : 2;
  }
  const left = new Uint8Array(air.length);
  const right = new Uint8Array(air.length);
  for (let o = 0; o < air.length; o++) {
    const s = side[cc.labels[o]!]!;
    if (s === 0) continue;
    const isLeft = s === 1 || (s === 2 && xOf(o) > midlineX);
    if (isLeft) left[o] = 1;
    else right[o] = 1;
  }
  return { left, right };
}

/** Mean LPS x (mm) of the body's voxels. */
export function bodyCentreXLps(image: Volume, body: Mask): number {
  const g = image.geometry;
  const [si, sj, sk] = g.sizeIjk;
  let sumI = 0, sumJ = 0, sumK = 0, n = 0;
  for (let k = 0, o = 0; k < sk; k++) {
    for (let j = 0; j < sj; j++) {
      for (let i = 0; i < si; i++, o++) {
        if (body[o] !== 1) continue;
        sumI += i; sumJ += j; sumK += k; n++;
      }
    }
  }
  if (n === 0) return ijkToLps(g, [(si - 1) / 2, (sj - 1) / 2, (sk - 1) / 2])[0];
  return ijkToLps(g, [sumI / n, sumJ / n, sumK / n])[0];
}
