import { describe, expect, it } from 'vitest';
import { ijkToLps, type VolumeGeometry } from '../../../shared/domain/geometry';
import type { Volume } from '../../../shared/domain/volume';
import { alignLabelsToImage } from './alignLabelsToImage';

const image: Volume<Int16Array> = {
  geometry: { sizeIjk: [5, 4, 3], spacingMm: [2, 1, 3], originLps: [10, -5, 7], direction: [1, 0, 0, 0, 1, 0, 0, 0, 1] },
  voxels: new Int16Array(60),
  modality: 'CT',
  unit: 'HU',
};

/** Labels whose value encodes the LPS position of each voxel centre, so any mis-mapping shows. */
function codeAt(p: readonly number[]): number {
  return Math.round(p[0]! * 7 + p[1]! * 131 + p[2]! * 1009) & 0xffff;
}

/** Re-store the image grid with axes (j,k,i) and i, j mirrored: same voxel centres, other storage order. */
function restored(): Volume<Uint16Array> {
  const g = image.geometry;
  // new axis 0 = old j reversed, new axis 1 = old k, new axis 2 = old i reversed
  const far = ijkToLps(g, [g.sizeIjk[0] - 1, g.sizeIjk[1] - 1, 0]);
  const geometry: VolumeGeometry = {
    sizeIjk: [4, 3, 5],
    spacingMm: [1, 3, 2],
    originLps: far,
    direction: [0, 0, -1, -1, 0, 0, 0, 1, 0],
  };
  const voxels = new Uint16Array(60);
  for (let k = 0; k < 5; k++) for (let j = 0; j < 3; j++) for (let i = 0; i < 4; i++) voxels[i + j * 4 + k * 12] = codeAt(ijkToLps(geometry, [i, j, k]));
  return { geometry, voxels, modality: 'SEG', unit: 'label' };
}

describe('alignLabelsToImage', () => {
  it('returns the same object on the same grid', () => {
    const labels: Volume<Uint8Array> = { ...image, voxels: new Uint8Array(60), modality: 'SEG', unit: 'label' };
    expect(alignLabelsToImage(labels, image)).toBe(labels);
  });

  it('re-stores a permuted, mirrored grid onto the image grid voxel for voxel', () => {
    const aligned = alignLabelsToImage(restored(), image);
    expect(aligned.geometry).toEqual(image.geometry);
    expect(aligned.voxels).toBeInstanceOf(Uint16Array);
    for (let k = 0; k < 3; k++)
      for (let j = 0; j < 4; j++)
        for (let i = 0; i < 5; i++) expect(aligned.voxels[i + j * 5 + k * 20], `${i},${j},${k}`).toBe(codeAt(ijkToLps(image.geometry, [i, j, k])));
  });

  it('refuses a different grid with GRID_MISMATCH naming both sizes and spacings', () => {
    const other = restored();
    other.geometry.spacingMm = [1, 3, 2.5];
    expect(() => alignLabelsToImage(other, image)).toThrowError(/labels size 4x3x5, spacing 1 x 3 x 2.5 mm.*image size 5x4x3, spacing 2 x 1 x 3 mm/);
    const shifted = restored();
    shifted.geometry.originLps = [shifted.geometry.originLps[0] + 0.5, shifted.geometry.originLps[1], shifted.geometry.originLps[2]];
    expect(() => alignLabelsToImage(shifted, image)).toThrow(expect.objectContaining({ code: 'GRID_MISMATCH' }));
  });
});
