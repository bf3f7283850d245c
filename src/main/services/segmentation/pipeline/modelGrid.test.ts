import { describe, expect, it } from 'vitest';
import { ijkToLps, type Mat3, type Vec3, type VolumeGeometry } from '../../../../shared/domain/geometry';
import { axisAssignment, planModelGrid, type ModelGrid } from './modelGrid';

function inputIndexOf(grid: ModelGrid, model: Vec3): Vec3 {
  const idx: Vec3 = [0, 0, 0];
  for (let m = 0; m < 3; m++) idx[grid.inputAxis[m]!] = grid.offset[m]! + grid.scale[m]! * model[m]!;
  return idx;
}

const RAS: Mat3 = [-1, 0, 0, 0, -1, 0, 0, 0, 1];

describe('planModelGrid', () => {
  it('keeps a RAS input at model spacing as an identity map', () => {
    const g: VolumeGeometry = { sizeIjk: [10, 8, 6], spacingMm: [1.5, 1.5, 1.5], originLps: [5, 6, 7], direction: RAS };
    const grid = planModelGrid(g, 'RAS', [1.5, 1.5, 1.5]);
    expect(grid.sizeIjk).toEqual([10, 8, 6]);
    expect(grid.inputAxis).toEqual([0, 1, 2]);
    expect(grid.scale).toEqual([1, 1, 1]);
    expect(grid.offset).toEqual([0, 0, 0]);
  });

  it('flips i and j of an LPS input for a RAS model', () => {
    const g: VolumeGeometry = { sizeIjk: [10, 8, 6], spacingMm: [1, 1, 1], originLps: [0, 0, 0], direction: [1, 0, 0, 0, 1, 0, 0, 0, 1] };
    const { inputAxis, flip } = axisAssignment(g.direction, 'RAS');
    expect(inputAxis).toEqual([0, 1, 2]);
    expect(flip).toEqual([true, true, false]);
  });

  it('finds permuted axes (i→Inferior, j→Left, k→Anterior) for a RAS model', () => {
    const dir: Mat3 = [0, 1, 0, 0, 0, -1, -1, 0, 0]; // columns: i=(0,0,-1), j=(1,0,0), k=(0,-1,0)
    const { inputAxis, flip } = axisAssignment(dir, 'RAS');
    expect(inputAxis).toEqual([1, 2, 0]); // R ← j (flipped), A ← k, S ← i (flipped)
    expect(flip).toEqual([true, false, true]);
  });

  it('maps every model voxel centre to the same LPS point as the input index it reads', () => {
    const dir: Mat3 = [0, 1, 0, 0, 0, -1, -1, 0, 0];
    const g: VolumeGeometry = { sizeIjk: [37, 51, 23], spacingMm: [2.5, 0.8, 1.1], originLps: [-30, 12, 88], direction: dir };
    const grid = planModelGrid(g, 'RAS', [1.5, 1.5, 1.5]);
    expect(grid.sizeIjk).toEqual([Math.round((51 * 0.8) / 1.5), Math.round((23 * 1.1) / 1.5), Math.round((37 * 2.5) / 1.5)]);
    for (const model of [[0, 0, 0], [3, 7, 11], [grid.sizeIjk[0] - 1, grid.sizeIjk[1] - 1, grid.sizeIjk[2] - 1]] as Vec3[]) {
      const viaModel = ijkToLps(grid.geometry, model);
      const viaInput = ijkToLps(g, inputIndexOf(grid, model));
      for (let c = 0; c < 3; c++) expect(viaModel[c]).toBeCloseTo(viaInput[c]!, 6);
    }
    // model axes really point R, A, S in LPS
    const d = grid.geometry.direction;
    expect([d[0], d[3], d[6]]).toEqual([-1, 0, 0]);
    expect([d[1], d[4], d[7]]).toEqual([0, -1, 0]);
    expect([d[2], d[5], d[8]]).toEqual([0, 0, 1]);
    // the field of view is preserved: first and last model voxel centres sit half a model voxel inside the input's edges
    expect(Math.abs(grid.scale[2]! * (grid.sizeIjk[2] - 1)) + Math.abs(grid.scale[2]!)).toBeCloseTo(37, 6);
  });
});
