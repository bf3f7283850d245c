import { describe, expect, it } from 'vitest';
import { FILL_ALPHA, labelSliceToRgba } from './labelOverlay';

// 4x3 slice, rows bottom→top: a 2x2 block of index 1 at the bottom-left, index 2 at top-right
const slice = new Uint8Array([
  1, 1, 0, 0,
  1, 1, 0, 0,
  0, 0, 0, 2,
]);
const entries = [
  { index: 1, color: [200, 10, 20] as [number, number, number], opacity: 1 },
  { index: 2, color: [0, 0, 255] as [number, number, number], opacity: 0 },
];
const px = (rgba: Uint8ClampedArray, x: number, yTop: number) => [...rgba.slice((yTop * 4 + x) * 4, (yTop * 4 + x) * 4 + 4)];

describe('labelSliceToRgba', () => {
  it('fills with the structure colour at half its opacity and flips rows to screen order', () => {
    const rgba = labelSliceToRgba(slice, 4, 3, entries, 'fill');
    expect(px(rgba, 0, 2)).toEqual([200, 10, 20, Math.round(255 * FILL_ALPHA)]); // bottom-left on screen
    expect(px(rgba, 0, 0)).toEqual([0, 0, 0, 0]);
    expect(px(rgba, 3, 0)[3]).toBe(0); // hidden structure (opacity 0)
  });
  it('outlines only border pixels', () => {
    const big = new Uint8Array(25);
    for (let b = 1; b <= 3; b++) for (let a = 1; a <= 3; a++) big[b * 5 + a] = 1;
    const rgba = labelSliceToRgba(big, 5, 5, entries, 'outline');
    expect(px5(rgba, 1, 1)[3]).toBe(255);
    expect(px5(rgba, 2, 2)[3]).toBe(0); // interior
    expect(px5(rgba, 0, 0)[3]).toBe(0);
  });
});
const px5 = (rgba: Uint8ClampedArray, x: number, yTop: number) => [...rgba.slice((yTop * 5 + x) * 4, (yTop * 5 + x) * 4 + 4)];
