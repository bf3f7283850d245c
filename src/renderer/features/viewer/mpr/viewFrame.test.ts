import { describe, expect, it } from 'vitest';
import type { Mat3 } from '../../../../shared/domain/geometry';
import { edgeLetters, orientationLetters, viewFrame } from './viewFrame';

const LPS: Mat3 = [1, 0, 0, 0, 1, 0, 0, 0, 1];
const RAS_NIFTI: Mat3 = [-1, 0, 0, 0, -1, 0, 0, 0, 1];

describe('orientationLetters', () => {
  it('names the LPS axes', () => {
    expect(orientationLetters([1, 0, 0])).toBe('L');
    expect(orientationLetters([-1, 0, 0])).toBe('R');
    expect(orientationLetters([0, 1, 0])).toBe('P');
    expect(orientationLetters([0, -1, 0])).toBe('A');
    expect(orientationLetters([0, 0, 1])).toBe('S');
    expect(orientationLetters([0, 0, -1])).toBe('I');
  });
  it('orders oblique components by strength', () => {
    expect(orientationLetters([-0.6, -0.8, 0])).toBe('AR');
    expect(orientationLetters([0.1, 0, 0.995])).toBe('S');
  });
});

describe('viewFrame + edgeLetters (radiological convention)', () => {
  for (const [name, dir] of [['LPS', LPS], ['NIfTI RAS', RAS_NIFTI]] as const) {
    it(`axial/coronal/sagittal letters for a ${name} volume`, () => {
      expect(edgeLetters(viewFrame(dir, 'axial'))).toEqual({ left: 'R', right: 'L', top: 'A', bottom: 'P' });
      expect(edgeLetters(viewFrame(dir, 'coronal'))).toEqual({ left: 'R', right: 'L', top: 'S', bottom: 'I' });
      expect(edgeLetters(viewFrame(dir, 'sagittal'))).toEqual({ left: 'A', right: 'P', top: 'S', bottom: 'I' });
    });
  }

  it('picks the slice axis from the direction matrix, not the array order', () => {
    // sagittal acquisition: i → -y (anterior), j → -z (inferior), k → +x (left)
    const sagittalStored: Mat3 = [0, 0, 1, -1, 0, 0, 0, -1, 0];
    expect(viewFrame(sagittalStored, 'axial').sliceAxis).toBe(1);
    expect(viewFrame(sagittalStored, 'sagittal').sliceAxis).toBe(2);
    expect(viewFrame(sagittalStored, 'coronal').sliceAxis).toBe(0);
    expect(edgeLetters(viewFrame(sagittalStored, 'sagittal'))).toEqual({ left: 'A', right: 'P', top: 'S', bottom: 'I' });
  });

  it('follows an oblique acquisition and shows combined letters', () => {
    const c = Math.cos(Math.PI / 6);
    const s = Math.sin(Math.PI / 6);
    // axial slices rotated 30° about z: i → (c, s, 0), j → (-s, c, 0)
    const oblique: Mat3 = [c, -s, 0, s, c, 0, 0, 0, 1];
    const f = viewFrame(oblique, 'axial');
    expect(f.sliceAxis).toBe(2);
    const letters = edgeLetters(f);
    expect(letters.right).toBe('LP');
    expect(letters.left).toBe('RA');
    expect(letters.top).toBe('AL');
    // the normal still points inferior (viewer at the feet)
    expect(f.normalLps[2]).toBeCloseTo(-1);
  });
});
