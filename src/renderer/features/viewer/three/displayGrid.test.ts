import { describe, expect, it } from 'vitest';
import { ijkToLps, type Mat3, type Vec3, type VolumeGeometry } from '../../../../shared/domain/geometry';
import { displayGridFor } from './displayGrid';

const oblique: Mat3 = [0.8, -0.6, 0, 0.6, 0.8, 0, 0, 0, -1]; // rotated in-plane, k towards inferior
const ct = (nz: number, direction: Mat3 = [1, 0, 0, 0, 1, 0, 0, 0, 1]): VolumeGeometry => ({
  sizeIjk: [512, 512, nz], spacingMm: [0.8, 0.8, 1], originLps: [-205, -180, 30], direction,
});

/** LPS of the centroid of the source voxel centres that display voxel `ijk` averages. */
function blockCentroid(src: VolumeGeometry, f: Vec3, ijk: Vec3): Vec3 {
  const idx = [0, 1, 2].map((a) => {
    const first = ijk[a] * f[a];
    const last = Math.min(src.sizeIjk[a], first + f[a]) - 1;
    return (first + last) / 2;
  }) as Vec3;
  return ijkToLps(src, idx);
}

describe('displayGridFor', () => {
  it('keeps volumes within budget at full resolution, same geometry', () => {
    const g = ct(100);
    expect(displayGridFor(g)).toEqual({ factors: [1, 1, 1], geometry: g, reduced: false });
  });
  it('halves the finest axes first: 512x512x300 → 256x256x300, 512x512x1000 → 256x256x500', () => {
    expect(displayGridFor(ct(300)).geometry.sizeIjk).toEqual([256, 256, 300]);
    const big = displayGridFor(ct(1000));
    expect(big).toMatchObject({ factors: [2, 2, 2], reduced: true });
    expect(big.geometry.sizeIjk).toEqual([256, 256, 500]);
    expect(big.geometry.spacingMm).toEqual([1.6, 1.6, 2]);
  });
  it('caps each side at the texture limit', () => {
    const thin: VolumeGeometry = { ...ct(1), sizeIjk: [4, 4, 5000], spacingMm: [1, 1, 1] };
    expect(displayGridFor(thin).geometry.sizeIjk).toEqual([4, 4, 1667]);
  });
  it('places every display voxel centre within half a display voxel of its block centroid (LPS), same direction and bounds', () => {
    for (const [g, budget] of [[ct(1000, oblique), 1 << 25], [{ ...ct(301, oblique), sizeIjk: [511, 509, 301] as Vec3 }, 1 << 22]] as const) {
      const { factors, geometry: d } = displayGridFor(g, budget);
      expect(d.direction).toEqual(g.direction);
      expect(d.sizeIjk[0] * d.sizeIjk[1] * d.sizeIjk[2]).toBeLessThanOrEqual(budget);
      const halfNew = Math.hypot(...d.spacingMm) / 2;
      for (const ijk of [[0, 0, 0], [d.sizeIjk[0] - 1, 7, 3], d.sizeIjk.map((n) => n - 1)] as Vec3[]) {
        const at = ijkToLps(d, ijk);
        const want = blockCentroid(g, factors, ijk);
        expect(Math.hypot(at[0] - want[0], at[1] - want[1], at[2] - want[2])).toBeLessThanOrEqual(halfNew);
        // whole blocks: the centres coincide exactly
        if (ijk.every((n, a) => (n + 1) * factors[a] <= g.sizeIjk[a])) {
          want.forEach((w, r) => expect(at[r]).toBeCloseTo(w, 6));
        }
      }
      // outer bounds: the first corner coincides; the far one differs by less than one display voxel per axis
      const low = (geo: VolumeGeometry) => ijkToLps(geo, [-0.5, -0.5, -0.5]);
      low(d).forEach((x, r) => expect(x).toBeCloseTo(low(g)[r], 6));
      for (const a of [0, 1, 2]) {
        const extra = d.sizeIjk[a] * d.spacingMm[a] - g.sizeIjk[a] * g.spacingMm[a];
        expect(extra).toBeGreaterThanOrEqual(-1e-9);
        expect(extra).toBeLessThan(d.spacingMm[a]);
      }
    }
  });
});
