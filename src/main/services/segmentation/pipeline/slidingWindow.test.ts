import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../../../../shared/domain/geometry';
import { gaussianWeights, windowStarts } from './gaussianWeights';
import { slidingWindowLabels, type PatchRunner } from './slidingWindow';
import { flipPatch } from './mirror';

/** A pointwise "network": channel c = v * (c - 1). Pointwise maps are shift-invariant, so any blend must reproduce them. */
const pointwise = (channels: number): PatchRunner => async (patch) => {
  const out = new Float32Array(channels * patch.length);
  for (let c = 0; c < channels; c++) for (let n = 0; n < patch.length; n++) out[c * patch.length + n] = patch[n]! * (c - 1);
  return out;
};

function ramp(size: Vec3): Float32Array {
  const img = new Float32Array(size[0] * size[1] * size[2]);
  for (let n = 0; n < img.length; n++) img[n] = Math.sin(n * 0.37) * 3;
  return img;
}

describe('windowStarts', () => {
  it('matches nnU-Net step computation', () => {
    expect(windowStarts(100, 32, 0.5)).toEqual([0, 14, 27, 41, 54, 68]);
    expect(windowStarts(32, 32, 0.5)).toEqual([0]);
    expect(windowStarts(20, 32, 0.5)).toEqual([0]);
    expect(windowStarts(48, 32, 0.5)).toEqual([0, 16]);
  });
});

describe('gaussianWeights', () => {
  it('peaks at 1 in the centre, is symmetric and never zero', () => {
    const w = gaussianWeights([8, 6, 4], 0.125);
    const at = (i: number, j: number, k: number): number => w[i + j * 8 + k * 48]!;
    expect(Math.max(...w)).toBeCloseTo(1, 6);
    expect(at(0, 0, 0)).toBeGreaterThan(0);
    expect(at(1, 2, 1)).toBeCloseTo(at(6, 3, 2), 6);
    expect(at(3, 2, 1)).toBeGreaterThan(at(0, 2, 1));
  });
});

describe('slidingWindowLabels', () => {
  const cases: { name: string; size: Vec3; patch: Vec3; mirror: number[] }[] = [
    { name: 'overlapping windows in every axis', size: [29, 23, 41], patch: [12, 10, 8], mirror: [] },
    { name: 'image smaller than the patch (padding)', size: [7, 5, 3], patch: [8, 8, 8], mirror: [] },
    { name: 'with mirroring', size: [17, 13, 19], patch: [8, 8, 8], mirror: [0, 1, 2] },
  ];
  for (const c of cases) {
    it(`blends to the pointwise result: ${c.name}`, async () => {
      const img = ramp(c.size);
      const C = 3;
      const blended = new Float32Array(C * img.length);
      let windows = 0;
      const labels = await slidingWindowLabels(img, c.size, pointwise(C), {
        patchSizeVoxels: c.patch, overlap: 0.5, gaussianSigmaScale: 0.125, mirrorAxes: c.mirror, channels: C, outputKind: 'logits',
        blendedOut: blended, onProgress: (done) => (windows = done),
      });
      expect(windows).toBeGreaterThan(0);
      for (let n = 0; n < img.length; n++) {
        for (let ch = 0; ch < C; ch++) expect(blended[ch * img.length + n]).toBeCloseTo(img[n]! * (ch - 1), 4);
        // argmax of [-v, 0, v]: channel 2 when v > 0, channel 0 when v < 0
        expect(labels[n]).toBe(img[n]! > 0 ? 2 : img[n]! < 0 ? 0 : labels[n]);
      }
    });
  }

  it('uses the label of the most central window for label outputs', async () => {
    // the "network" writes the window's first voxel value + 1 everywhere, so each voxel shows which window won
    const size: Vec3 = [24, 8, 8];
    const img = new Float32Array(24 * 8 * 8);
    for (let n = 0; n < img.length; n++) img[n] = n % 24; // value = i
    const run: PatchRunner = async (patch) => new Float32Array(patch.length).fill(patch[0]! + 1);
    const labels = await slidingWindowLabels(img, size, run, {
      patchSizeVoxels: [8, 8, 8], overlap: 0.5, gaussianSigmaScale: 0.125, mirrorAxes: [], channels: 1, outputKind: 'labels',
    });
    // windows start at i = 0, 4, 8, 12, 16; voxel i=9 is most central in the window starting at 4 or 8 → label 5 or 9
    expect([5, 9]).toContain(labels[9]);
    expect(labels[0]).toBe(1);
    expect(labels[23]).toBe(17);
  });
});

describe('flipPatch', () => {
  it('is its own inverse and flips the named axis', () => {
    const data = Float32Array.from({ length: 2 * 3 * 4 * 5 }, (_, n) => n);
    const flipped = flipPatch(data, 2, [3, 4, 5], [0]);
    expect(flipped[0]).toBe(4); // i reversed within the first row
    expect(flipPatch(flipped, 2, [3, 4, 5], [0])).toEqual(data);
    const all = flipPatch(data, 2, [3, 4, 5], [0, 1, 2]);
    expect(all[0]).toBe(59);
    expect(all[60]).toBe(119);
  });
});
