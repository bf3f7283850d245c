import { describe, expect, it } from 'vitest';
import type { VolumeGeometry } from '../../../shared/domain/geometry';
import { axialLayout, renderAxialSlice } from './axialSlice';

const lps: VolumeGeometry = { sizeIjk: [4, 3, 2], spacingMm: [1, 2, 3], originLps: [0, 0, 0], direction: [1, 0, 0, 0, 1, 0, 0, 0, 1] };
const ras: VolumeGeometry = { ...lps, direction: [-1, 0, 0, 0, -1, 0, 0, 0, 1] };

describe('axialLayout', () => {
  it('shows LPS-stored data unflipped: i grows toward patient left = screen right', () => {
    const l = axialLayout(lps);
    expect([l.colAxis, l.colFlip, l.rowAxis, l.rowFlip, l.sliceAxis]).toEqual([0, false, 1, false, 2]);
    expect(l.aspect).toBe(2);
  });
  it('flips RAS-stored data so the patient right stays on the screen left and anterior up', () => {
    const l = axialLayout(ras);
    expect([l.colFlip, l.rowFlip]).toEqual([true, true]);
  });
  it('puts a voxel at patient right (LPS x smallest) on the left edge for both storage orders', () => {
    for (const g of [lps, ras]) {
      const voxels = new Int16Array(24);
      // the voxel with the most negative LPS x (patient right) in slice 0, row j=0
      const iRight = g.direction[0] > 0 ? 0 : 3;
      voxels[iRight] = 1000;
      const l = axialLayout(g);
      const out = new Uint8ClampedArray(l.width * l.height * 4);
      renderAxialSlice(g, voxels, l, 0, 100, 50, out);
      const bright: number[] = [];
      for (let p = 0; p < l.width * l.height; p++) if (out[p * 4] === 255) bright.push(p % l.width);
      expect(bright).toEqual([0]);
    }
  });
});
