import { describe, expect, it } from 'vitest';
import type { Mat3, VolumeGeometry } from '../../../../shared/domain/geometry';
import { planModelGrid } from './modelGrid';
import { labelsToInputGrid, sampleToModelGrid } from './resample';
import { intensityMap, intensityStats } from './normalise';
import { localToGlobalTable, mergePartLabels } from './mergeParts';
import { keepLargestComponents } from './largestComponent';

const RAS: Mat3 = [-1, 0, 0, 0, -1, 0, 0, 0, 1];
const identity = (v: number): number => v;

describe('sampleToModelGrid (trilinear)', () => {
  it('reproduces a linear ramp exactly inside the field of view', () => {
    const g: VolumeGeometry = { sizeIjk: [9, 5, 7], spacingMm: [1, 2, 3], originLps: [0, 0, 0], direction: RAS };
    const v = new Float32Array(9 * 5 * 7);
    for (let k = 0, n = 0; k < 7; k++) for (let j = 0; j < 5; j++) for (let i = 0; i < 9; i++, n++) v[n] = 2 * i - 3 * j + 5 * k;
    const grid = planModelGrid(g, 'RAS', [1.5, 1.5, 1.5]);
    const out = sampleToModelGrid(v, g.sizeIjk, grid, identity);
    const [ni, nj, nk] = grid.sizeIjk;
    for (let k = 0; k < nk; k++) {
      for (let j = 0; j < nj; j++) {
        for (let i = 0; i < ni; i++) {
          const pos = [grid.offset[0] + grid.scale[0] * i, grid.offset[1] + grid.scale[1] * j, grid.offset[2] + grid.scale[2] * k];
          if (pos.some((p, c) => p < 0 || p > g.sizeIjk[c]! - 1)) continue; // edge-clamped voxels are not linear
          expect(out[i + j * ni + k * ni * nj]).toBeCloseTo(2 * pos[0]! - 3 * pos[1]! + 5 * pos[2]!, 4);
        }
      }
    }
  });

  it('applies the intensity map before interpolating (clipping matters)', () => {
    const g: VolumeGeometry = { sizeIjk: [2, 1, 1], spacingMm: [1, 1, 1], originLps: [0, 0, 0], direction: RAS };
    const grid = planModelGrid(g, 'RAS', [2, 1, 1]); // one model voxel halfway between the two input voxels
    const clip = intensityMap({ kind: 'ct-clip-zscore', clipLow: -1000, clipHigh: 1000, mean: 0, std: 100 }, new Int16Array([0, 3000]));
    const out = sampleToModelGrid(new Int16Array([0, 3000]), g.sizeIjk, grid, clip);
    expect(out[0]).toBeCloseTo((0 + 1000) / 2 / 100, 6); // not 1500 / 100
  });
});

describe('labelsToInputGrid (nearest)', () => {
  it('round-trips labels exactly when the grids coincide, through a flip', () => {
    const g: VolumeGeometry = { sizeIjk: [6, 4, 3], spacingMm: [1.5, 1.5, 1.5], originLps: [0, 0, 0], direction: [1, 0, 0, 0, 1, 0, 0, 0, 1] };
    const labels = Uint8Array.from({ length: 72 }, (_, n) => n);
    const grid = planModelGrid(g, 'RAS', [1.5, 1.5, 1.5]);
    const onModel = sampleToModelGrid(labels, g.sizeIjk, grid, identity);
    expect(onModel[0]).toBe(labels[5 + 3 * 6]); // RAS model voxel 0 = LPS input (i=5, j=3, k=0)
    const back = labelsToInputGrid(Uint8Array.from(onModel), grid, g.sizeIjk, new Uint8Array(72));
    expect(back).toEqual(labels);
  });

  it('gives each input voxel the label of the model voxel it falls in (2:1 down-sampling)', () => {
    const g: VolumeGeometry = { sizeIjk: [8, 1, 1], spacingMm: [1, 1, 1], originLps: [0, 0, 0], direction: RAS };
    const grid = planModelGrid(g, 'RAS', [2, 1, 1]);
    expect(grid.sizeIjk).toEqual([4, 1, 1]);
    const back = labelsToInputGrid(new Uint8Array([1, 2, 3, 4]), grid, g.sizeIjk, new Uint8Array(8));
    expect([...back]).toEqual([1, 1, 2, 2, 3, 3, 4, 4]);
  });
});

describe('normalisation', () => {
  it('ct-clip-zscore clips then standardises with the package statistics', () => {
    const map = intensityMap({ kind: 'ct-clip-zscore', clipLow: -1000, clipHigh: 1200, mean: -300, std: 600 }, new Int16Array(1));
    expect(map(-3000)).toBeCloseTo(-700 / 600, 6);
    expect(map(300)).toBeCloseTo(1, 6);
    expect(map(5000)).toBeCloseTo(1500 / 600, 6);
  });
  it('zscore uses the image statistics', () => {
    const v = new Float32Array([1, 2, 3, 4]);
    const { mean, std } = intensityStats(v);
    expect(mean).toBe(2.5);
    expect(std).toBeCloseTo(Math.sqrt(1.25), 6);
    expect(intensityMap({ kind: 'zscore' }, v)(4)).toBeCloseTo(1.5 / Math.sqrt(1.25), 6);
  });
});

describe('mergePartLabels', () => {
  it('maps local labels to global values and lets later parts win', () => {
    const valueOf = new Map([['liver', 5], ['spleen', 1], ['vertebrae_L1', 31]]);
    const merged = new Uint8Array(4);
    mergePartLabels(merged, new Uint8Array([0, 1, 2, 3]), localToGlobalTable({ '1': 'spleen', '2': 'liver' }, valueOf));
    expect([...merged]).toEqual([0, 1, 5, 0]); // local 3 is not in the table: not merged
    mergePartLabels(merged, new Uint8Array([0, 0, 1, 0]), localToGlobalTable({ '1': 'vertebrae_L1' }, valueOf));
    expect([...merged]).toEqual([0, 1, 31, 0]);
  });
});

describe('keepLargestComponents', () => {
  it('removes smaller 6-connected islands of the listed labels only', () => {
    // 1-D row: label 2 blobs of size 3 and 1, label 3 blobs of size 1 and 1 (not listed)
    const labels = new Uint8Array([2, 2, 2, 0, 2, 0, 3, 0, 3]);
    const removed = keepLargestComponents(labels, [9, 1, 1], new Set([2]));
    expect([...labels]).toEqual([2, 2, 2, 0, 0, 0, 3, 0, 3]);
    expect(removed.get(2)).toBe(1);
  });
  it('treats diagonal neighbours as separate (6-connectivity)', () => {
    const labels = new Uint8Array([1, 0, 0, 1]); // 2x2 in-plane, diagonal
    keepLargestComponents(labels, [2, 2, 1], new Set([1]));
    expect(labels.filter((v) => v === 1).length).toBe(1);
  });
});
