/**
 * CT-like phantoms for the segmentation engine tests: the same shape family as scripts/testnet/phantoms.py
 * (which trained models/test-unet), generated here on arbitrary grids (any size, spacing, direction).
 * Shapes are defined in LPS millimetres around `centreLps`, so left/right is physical, not an array index.
 */
import { ijkToLps, type Mat3, type Vec3, type VolumeGeometry } from '../../src/shared/domain/geometry';
import type { Volume } from '../../src/shared/domain/volume';

export interface PhantomParams {
  a: number; b: number; c: number; ra: number; rb: number; t: number;
  ox: number; oy: number; oz: number; sa: number; sb: number; sc: number;
  soft: number; organ: number; bone: number; noise: number;
}

/** Small deterministic PRNG (mulberry32) so every test run sees the same phantom. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Label at an LPS offset (mm) from the phantom centre: 0 air, 1 soft tissue, 2 organ, 3 bone. */
export function phantomLabel(p: PhantomParams, x: number, y: number, z: number): number {
  const body = (x / p.a) ** 2 + (y / p.b) ** 2 + (z / p.c) ** 2 <= 1;
  if (!body) return 0;
  const organ = ((x - p.ox) / p.sa) ** 2 + ((y - p.oy) / p.sb) ** 2 + ((z - p.oz) / p.sc) ** 2 <= 1;
  if (organ) return 2;
  const outer = (x / p.ra) ** 2 + (y / p.rb) ** 2 <= 1;
  const inner = (x / (p.ra - p.t)) ** 2 + (y / (p.rb - p.t)) ** 2 <= 1;
  return outer && !inner ? 3 : 1;
}

export interface Phantom {
  image: Volume<Int16Array>;
  truth: Uint8Array;
  params: PhantomParams;
}

/** Build a phantom on the given grid; its centre is the grid's centre in LPS. */
export function makePhantom(geometry: VolumeGeometry, params: PhantomParams, seed: number): Phantom {
  const [ni, nj, nk] = geometry.sizeIjk;
  const centre = ijkToLps(geometry, [(ni - 1) / 2, (nj - 1) / 2, (nk - 1) / 2]);
  const random = rng(seed);
  const gauss = (): number => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
  const hu = [-1000, params.soft, params.organ, params.bone];
  const voxels = new Int16Array(ni * nj * nk);
  const truth = new Uint8Array(ni * nj * nk);
  for (let k = 0, n = 0; k < nk; k++) {
    for (let j = 0; j < nj; j++) {
      for (let i = 0; i < ni; i++, n++) {
        const p = ijkToLps(geometry, [i, j, k]);
        const label = phantomLabel(params, p[0] - centre[0], p[1] - centre[1], p[2] - centre[2]);
        truth[n] = label;
        voxels[n] = Math.round(hu[label]! + params.noise * gauss());
      }
    }
  }
  return { image: { geometry, voxels, modality: 'CT', unit: 'HU' }, truth, params };
}

/** Dice of one label value between two label arrays. */
export function dice(a: ArrayLike<number>, b: ArrayLike<number>, value: number): number {
  let both = 0, na = 0, nb = 0;
  for (let n = 0; n < a.length; n++) {
    const x = a[n] === value, y = b[n] === value;
    if (x) na++;
    if (y) nb++;
    if (x && y) both++;
  }
  return na + nb === 0 ? 1 : (2 * both) / (na + nb);
}

export const DIRECTIONS: Record<string, Mat3> = {
  LPS: [1, 0, 0, 0, 1, 0, 0, 0, 1],
  RAS: [-1, 0, 0, 0, -1, 0, 0, 0, 1],
  /** i → Inferior, j → Left, k → Anterior: permuted and flipped. */
  permuted: [0, 1, 0, 0, 0, -1, -1, 0, 0],
};

export function grid(sizeIjk: Vec3, spacingMm: Vec3, direction: Mat3, originLps: Vec3 = [12, -40, 250]): VolumeGeometry {
  return { sizeIjk, spacingMm, originLps, direction };
}
