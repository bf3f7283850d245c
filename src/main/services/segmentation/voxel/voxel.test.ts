import { describe, expect, it } from 'vitest';
import type { Vec3 } from '../../../../shared/domain/geometry';
import { labelComponents, largestComponent } from './connectedComponents';
import { dice } from './dice';
import { fillHoles3d, fillHolesPerSlice } from './fillHoles';
import { growRegion } from './growRegion';
import { countMask } from './mask';
import { dilateBox, erodeBox, openBox } from './morphology';

const size: Vec3 = [10, 10, 5];
const at = (i: number, j: number, k: number): number => i + j * size[0] + k * size[0] * size[1];
function box(lo: Vec3, hi: Vec3): Uint8Array {
  const m = new Uint8Array(size[0] * size[1] * size[2]);
  for (let k = lo[2]; k <= hi[2]; k++) for (let j = lo[1]; j <= hi[1]; j++) for (let i = lo[0]; i <= hi[0]; i++) m[at(i, j, k)] = 1;
  return m;
}

describe('box morphology', () => {
  it('dilates a voxel into a (2r+1)^3 box and erodes it back', () => {
    const one = box([5, 5, 2], [5, 5, 2]);
    const d = dilateBox(one, size, [1, 1, 1]);
    expect(countMask(d)).toBe(27);
    expect(erodeBox(d, size, [1, 1, 1])).toEqual(one);
  });
  it('opening removes a 1-voxel-thin plate but keeps a 3-voxel-thick block', () => {
    const plate = box([0, 6, 0], [9, 6, 4]); // one voxel thick along j, away from the j edges
    const block = box([2, 2, 1], [6, 4, 4]);
    const both = plate.map((v, n) => v | block[n]!);
    const opened = openBox(both, size, [1, 1, 1]);
    expect(opened[at(9, 6, 2)]).toBe(0);
    expect(countMask(opened)).toBe(countMask(block));
  });
  it('does not erode structures cut by the volume edge', () => {
    const slab = box([0, 0, 0], [9, 9, 4]);
    expect(countMask(erodeBox(slab, size, [1, 1, 1]))).toBe(500);
  });
});

describe('connected components', () => {
  it('labels 6-connected parts and keeps the largest; diagonal contact does not connect', () => {
    const a = box([0, 0, 0], [2, 2, 0]);
    const b = box([3, 3, 1], [8, 8, 1]); // touches a only along an edge diagonal
    const m = a.map((v, n) => v | b[n]!);
    const cc = labelComponents(m, size);
    expect(cc.components.map((c) => c.voxels).sort((x, y) => x - y)).toEqual([9, 36]);
    expect(countMask(largestComponent(m, size))).toBe(36);
  });
});

describe('hole filling', () => {
  it('fills an enclosed cavity in 3D and per slice, but not a channel open to the edge', () => {
    const shell = box([2, 2, 1], [7, 7, 3]);
    shell[at(4, 4, 2)] = 0;
    expect(fillHoles3d(shell, size)[at(4, 4, 2)]).toBe(1);
    expect(fillHolesPerSlice(shell, size, 2)[at(4, 4, 2)]).toBe(1);
    const ring = box([2, 2, 0], [7, 7, 4]);
    for (let k = 0; k < 5; k++) ring[at(4, 4, k)] = 0; // a tube through all slices: open in 3D, closed per slice
    expect(fillHoles3d(ring, size)[at(4, 4, 2)]).toBe(0);
    expect(fillHolesPerSlice(ring, size, 2)[at(4, 4, 2)]).toBe(1);
  });
});

describe('dice and growRegion', () => {
  it('dice is 1 for identical, 0 for disjoint, 2|A∩B|/(|A|+|B|) otherwise', () => {
    const a = box([0, 0, 0], [3, 0, 0]);
    const b = box([2, 0, 0], [5, 0, 0]);
    expect(dice(a, a)).toBe(1);
    expect(dice(a, box([6, 6, 4], [7, 7, 4]))).toBe(0);
    expect(dice(a, b)).toBeCloseTo((2 * 2) / 8);
  });
  it('grows through accepted voxels only and returns null past the voxel cap', () => {
    const m = box([1, 1, 1], [3, 3, 3]);
    const r = growRegion(size, [at(2, 2, 2)], (o) => m[o] === 1);
    expect(r?.count).toBe(27);
    expect(growRegion(size, [at(2, 2, 2)], (o) => m[o] === 1, 20)).toBeNull();
  });
});
