import { describe, expect, it } from 'vitest';
import { extractBinarySurface } from './extractBinarySurface';
import { checkWatertight, signedVolume, volumeCentroid } from './meshMetrics';

function maskFrom(dims: [number, number, number], inside: (i: number, j: number, k: number) => boolean): Uint8Array {
  const mask = new Uint8Array(dims[0] * dims[1] * dims[2]);
  for (let k = 0; k < dims[2]; k++)
    for (let j = 0; j < dims[1]; j++)
      for (let i = 0; i < dims[0]; i++) if (inside(i, j, k)) mask[i + j * dims[0] + k * dims[0] * dims[1]] = 1;
  return mask;
}

/** Deterministic PRNG so a failing random mask can be reproduced. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('extractBinarySurface', () => {
  it('closes a single voxel into an outward octahedron of volume 1/6', () => {
    const mask = maskFrom([3, 3, 3], (i, j, k) => i === 1 && j === 1 && k === 1);
    const s = extractBinarySurface(mask, [3, 3, 3]);
    expect(s.triangles.length / 3).toBe(8);
    expect(signedVolume(s.pointsIjk, s.triangles)).toBeCloseTo(1 / 6, 10);
    expect(checkWatertight(s.triangles)).toMatchObject({ closed: true, consistentlyOriented: true, degenerateTriangles: 0 });
  });

  it('meshes a sphere with the enclosed volume of its voxels (within 3 %) and the right centre', () => {
    const dims: [number, number, number] = [40, 36, 30];
    const c = [19.3, 17.1, 14.6];
    const r = 11;
    const mask = maskFrom(dims, (i, j, k) => (i - c[0]!) ** 2 + (j - c[1]!) ** 2 + (k - c[2]!) ** 2 <= r * r);
    const voxels = mask.reduce((a, b) => a + b, 0);
    const s = extractBinarySurface(mask, dims);
    const report = checkWatertight(s.triangles);
    expect(report).toMatchObject({ closed: true, consistentlyOriented: true, degenerateTriangles: 0 });
    const v = signedVolume(s.pointsIjk, s.triangles);
    expect(Math.abs(v - voxels) / voxels).toBeLessThan(0.03);
    const centre = volumeCentroid(s.pointsIjk, s.triangles);
    for (let a = 0; a < 3; a++) expect(Math.abs(centre[a]! - c[a]!)).toBeLessThan(0.2);
  });

  it('stays closed and consistently oriented on random masks full of ambiguous configurations', () => {
    for (let seed = 1; seed <= 24; seed++) {
      const density = 0.2 + (seed % 6) * 0.12;
      const rand = lcg(seed);
      const dims: [number, number, number] = [14, 13, 12];
      // a 1-voxel background border keeps every component inside the cube lattice
      const mask = maskFrom(dims, (i, j, k) =>
        i > 0 && j > 0 && k > 0 && i < dims[0] - 1 && j < dims[1] - 1 && k < dims[2] - 1 && rand() < density,
      );
      const s = extractBinarySurface(mask, dims);
      const report = checkWatertight(s.triangles);
      expect(report, `seed ${seed}`).toMatchObject({ closed: true, consistentlyOriented: true, degenerateTriangles: 0 });
      expect(signedVolume(s.pointsIjk, s.triangles)).toBeGreaterThan(0);
    }
  });

  it('separates voxels that touch only along an edge (no non-manifold edge)', () => {
    const mask = maskFrom([4, 4, 3], (i, j, k) => k === 1 && ((i === 1 && j === 1) || (i === 2 && j === 2)));
    const s = extractBinarySurface(mask, [4, 4, 3]);
    expect(s.triangles.length / 3).toBe(16);
    expect(checkWatertight(s.triangles).closed).toBe(true);
    expect(signedVolume(s.pointsIjk, s.triangles)).toBeCloseTo(2 / 6, 10);
  });

  it('adds the crop offset to every point', () => {
    const mask = maskFrom([3, 3, 3], (i, j, k) => i === 1 && j === 1 && k === 1);
    const s = extractBinarySurface(mask, [3, 3, 3], [10, 20, 30]);
    const c = volumeCentroid(s.pointsIjk, s.triangles);
    expect(c[0]).toBeCloseTo(11, 10);
    expect(c[1]).toBeCloseTo(21, 10);
    expect(c[2]).toBeCloseTo(31, 10);
  });
});
