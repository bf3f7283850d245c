import type { Volume } from '../../../../shared/domain/volume';
import type { Mask } from '../voxel/mask';
import { sliceDistanceMm } from '../voxel/sliceDistance';

/** A round part of a mask's slice: the largest disc that fits there, and how it sits in the mask. */
export interface RoundSection {
  slice: number;
  /** Disc centre, in-slice voxel indices along the slice's first and second axes. */
  centreUv: [number, number];
  /** Radius of the inscribed disc (mm). */
  radiusMm: number;
  /** Share of a ring just outside the disc that is in the mask: ~0 for a free round section, high inside a larger mass. */
  ringShare: number;
  /** Mean and standard deviation of HU inside the disc's inner 70 % (rim and partial volume left out). */
  meanHu: number;
  sdHu: number;
}

/** Slice geometry: in-slice axes u, v and their strides and spacings. */
export interface SliceAxes {
  axis: 0 | 1 | 2;
  u: 0 | 1 | 2;
  v: 0 | 1 | 2;
  strides: [number, number, number];
}

export function sliceAxes(image: Volume, axis: 0 | 1 | 2): SliceAxes {
  const [si, sj] = image.geometry.sizeIjk;
  return { axis, u: axis === 0 ? 1 : 0, v: axis === 2 ? 1 : 2, strides: [1, si, si * sj] };
}

/** The ring is sampled this far outside the disc: past a calcified rim and partial volume (mm). */
const RING_GAP_MM = 3;
const RING_SAMPLES = 48;

/**
 * Greedy inscribed discs per slice: the deepest voxel (in-slice distance to background) gives a disc, every voxel
 * inside it is suppressed, and so on while discs are at least `minRadiusMm`. Every disc is measured; callers decide
 * what is round, free and uniform enough.
 */
export function roundSections(image: Volume, mask: Mask, ax: SliceAxes, minRadiusMm: number): RoundSection[] {
  const g = image.geometry;
  const dist = sliceDistanceMm(mask, g.sizeIjk, g.spacingMm, ax.axis);
  const nu = g.sizeIjk[ax.u], nv = g.sizeIjk[ax.v];
  const su = ax.strides[ax.u], sv = ax.strides[ax.v];
  const hu = (u: number, v: number, base: number): number => image.voxels[base + u * su + v * sv] as number;
  const out: RoundSection[] = [];
  for (let s = 0; s < g.sizeIjk[ax.axis]; s++) {
    const base = s * ax.strides[ax.axis];
    const deep: number[] = [];
    for (let b = 0; b < nv; b++) for (let a = 0; a < nu; a++) if (dist[base + a * su + b * sv]! >= minRadiusMm) deep.push(a + b * nu);
    deep.sort((p, q) => dist[base + (q % nu) * su + Math.floor(q / nu) * sv]! - dist[base + (p % nu) * su + Math.floor(p / nu) * sv]!);
    const taken = new Uint8Array(deep.length);
    for (let n = 0; n < deep.length; n++) {
      if (taken[n]) continue;
      const ca = deep[n]! % nu, cb = Math.floor(deep[n]! / nu);
      const radiusMm = dist[base + ca * su + cb * sv]!;
      const du = g.spacingMm[ax.u], dv = g.spacingMm[ax.v];
      const inDisc = (a: number, b: number, r: number): boolean => ((a - ca) * du) ** 2 + ((b - cb) * dv) ** 2 <= r * r;
      for (let m = n + 1; m < deep.length; m++) if (inDisc(deep[m]! % nu, Math.floor(deep[m]! / nu), radiusMm)) taken[m] = 1;
      let ring = 0;
      for (let t = 0; t < RING_SAMPLES; t++) {
        const ang = (2 * Math.PI * t) / RING_SAMPLES, r = radiusMm + RING_GAP_MM;
        const a = Math.round(ca + (r * Math.cos(ang)) / du), b = Math.round(cb + (r * Math.sin(ang)) / dv);
        if (a >= 0 && b >= 0 && a < nu && b < nv && mask[base + a * su + b * sv]) ring++;
      }
      let sum = 0, sum2 = 0, count = 0;
      const inner = 0.7 * radiusMm;
      const ra = Math.ceil(inner / du), rb = Math.ceil(inner / dv);
      for (let b = Math.max(0, cb - rb); b <= Math.min(nv - 1, cb + rb); b++) {
        for (let a = Math.max(0, ca - ra); a <= Math.min(nu - 1, ca + ra); a++) {
          if (!inDisc(a, b, inner)) continue;
          const h = hu(a, b, base);
          sum += h; sum2 += h * h; count++;
        }
      }
      const meanHu = sum / count;
      out.push({ slice: s, centreUv: [ca, cb], radiusMm, ringShare: ring / RING_SAMPLES, meanHu, sdHu: Math.sqrt(Math.max(0, sum2 / count - meanHu * meanHu)) });
    }
  }
  return out;
}
