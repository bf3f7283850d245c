import { describe, expect, it } from 'vitest';
import { ijkToLps, type VolumeGeometry } from '../../../shared/domain/geometry';
import { seedFromLps } from './crosshairSeed';

// RAS-stored NIfTI seen in LPS: i and j run towards -x and -y
const g: VolumeGeometry = { sizeIjk: [10, 20, 5], spacingMm: [0.8, 0.8, 3], originLps: [100, 50, -20], direction: [-1, 0, 0, 0, -1, 0, 0, 0, 1] };

describe('seedFromLps', () => {
  it('returns the voxel under the crosshair for a flipped grid', () => {
    expect(seedFromLps(g, ijkToLps(g, [3, 17, 4]))).toEqual({ ok: true, seedIjk: [3, 17, 4] });
    // half a voxel off still lands on the nearest voxel centre
    const p = ijkToLps(g, [3.4, 16.6, 1.2]);
    expect(seedFromLps(g, p)).toEqual({ ok: true, seedIjk: [3, 17, 1] });
  });
  it('explains a missing or outside crosshair', () => {
    expect(seedFromLps(g, null)).toMatchObject({ ok: false, message: /No crosshair/ });
    expect(seedFromLps(g, ijkToLps(g, [-2, 0, 0]))).toMatchObject({ ok: false, message: /outside the volume/ });
  });
});
