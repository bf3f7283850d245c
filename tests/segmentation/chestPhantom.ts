import type { Mat3, Vec3, VolumeGeometry } from '../../src/shared/domain/geometry';
import { ijkToLps } from '../../src/shared/domain/geometry';
import type { Volume } from '../../src/shared/domain/volume';

/**
 * Synthetic chest CT defined analytically in LPS millimetres (x → patient left, y → posterior, z → superior),
 * sampled onto any axis-aligned grid so one anatomy can be stored LPS, RAS, superior-to-inferior or anisotropic.
 * Ground truth comes from the same shapes, so it is exact by construction.
 *
 * Anatomy (mm): body ellipse (semi-axes 130 x 95) on a table; two lungs (>= 10 mm chest wall) (-850 HU) with vertical vessel spots;
 * a trachea (lumen radius 9 = 18 mm, 2 mm wall) from above the scan down to the carina at z = 75; main bronchi
 * (right, -x: radius 6.5, steeper; left, +x: radius 5.5, flatter) that run ~20 mm into the lungs and stay open
 * there, as real bronchi do (their branches are below resolution, so the lumen meets parenchyma directly);
 * an oesophagus behind the trachea with a collapsed slit of air; a vertebra; outside air.
 */

/** Top of the full phantom's field (mm): the neck, above the lung apices. */
export const PHANTOM_TOP_Z = 150;
export const CARINA_Z = 75;
const TRACHEA = { x: 0, y: -15, radius: 9 };
const WALL_MM = 2;
interface Capsule { a: Vec3; b: Vec3; radius: number }
const carina: Vec3 = [TRACHEA.x, TRACHEA.y, CARINA_Z];
/** Trachea (extends above any field) and main bronchi as capsules: lumen = points within radius of the segment. */
const AIRWAYS: Capsule[] = [
  { a: [TRACHEA.x, TRACHEA.y, 400], b: carina, radius: TRACHEA.radius },
  { a: carina, b: [-50, -5, CARINA_Z - 32], radius: 6.5 },
  { a: carina, b: [55, -5, CARINA_Z - 24], radius: 5.5 },
];
const LUNG = { cx: 70, cy: 5, ax: 42, ay: 58, zBase: -20, zApex: 132 };
const OESOPHAGUS = { x: 3, y: 4, radius: 7, air: { ax: 5, ay: 1.6, zMin: 40, zMax: 145 } };

/** Clamped projection parameter of p on segment ab, and the distance from p to that point. */
function segment(p: Vec3, c: Capsule): { t: number; d: number } {
  const ab = [c.b[0] - c.a[0], c.b[1] - c.a[1], c.b[2] - c.a[2]];
  const ap = [p[0] - c.a[0], p[1] - c.a[1], p[2] - c.a[2]];
  const len2 = ab[0]! ** 2 + ab[1]! ** 2 + ab[2]! ** 2;
  const t = Math.max(0, Math.min(1, (ap[0]! * ab[0]! + ap[1]! * ab[1]! + ap[2]! * ab[2]!) / len2));
  const d = Math.hypot(ap[0]! - t * ab[0]!, ap[1]! - t * ab[1]!, ap[2]! - t * ab[2]!);
  return { t, d };
}

export function inAirwayLumen(p: Vec3): boolean {
  return AIRWAYS.some((c) => segment(p, c).d <= c.radius);
}

/** Wall around the lumen, but not at a bronchus' distal end: there the lumen opens into parenchyma. */
function inAirwayWall(p: Vec3): boolean {
  return AIRWAYS.some((c, n) => {
    const s = segment(p, c);
    return s.d <= c.radius + WALL_MM && (n === 0 || s.t < 1);
  });
}

export function inLung(p: Vec3): 'left' | 'right' | null {
  const [x, y, z] = p;
  if (z < LUNG.zBase || z > LUNG.zApex) return null;
  // dome-shaped apex: the cross-section shrinks over the top 40 mm
  const scale = z > LUNG.zApex - 40 ? Math.sqrt(1 - ((z - (LUNG.zApex - 40)) / 40) ** 2) : 1;
  const side = x >= 0 ? 1 : -1;
  const r = ((x - side * LUNG.cx) / LUNG.ax) ** 2 + ((y - LUNG.cy) / LUNG.ay) ** 2;
  return r <= scale * scale ? (side === 1 ? 'left' : 'right') : null;
}

export function inOesophagusAir(p: Vec3): boolean {
  const a = OESOPHAGUS.air;
  if (p[2] < a.zMin || p[2] > a.zMax) return false;
  return ((p[0] - OESOPHAGUS.x) / a.ax) ** 2 + ((p[1] - OESOPHAGUS.y) / a.ay) ** 2 <= 1;
}

/** Vertical vessels on a jittered 14 mm lattice, 1.5 mm radius: bright spots in every axial lung slice. */
function inVessel(p: Vec3): boolean {
  const cell = 14;
  const ci = Math.floor(p[0] / cell), cj = Math.floor(p[1] / cell);
  const h = Math.sin(ci * 12.9898 + cj * 78.233) * 43758.5453;
  const jx = (h - Math.floor(h)) * 8 - 4, jy = ((h * 7.13) % 1) * 8 - 4;
  const vx = (ci + 0.5) * cell + jx + 3 * Math.sin(p[2] / 30), vy = (cj + 0.5) * cell + jy;
  return (p[0] - vx) ** 2 + (p[1] - vy) ** 2 <= 1.5 * 1.5;
}

/** Noise-free HU at an LPS point. */
function huAt(p: Vec3): number {
  const [x, y] = p;
  if (y >= 108 && y <= 114 && Math.abs(x) <= 150) return 250; // CT table, under the supine patient
  if ((x / 130) ** 2 + (y / 95) ** 2 > 1) return -1000;
  if (inAirwayLumen(p)) return -1000;
  if (inAirwayWall(p)) return 50;
  if (inOesophagusAir(p)) return -1000;
  if (inLung(p) !== null) return inVessel(p) ? 40 : -850;
  if (x ** 2 + (y - 55) ** 2 <= 18 ** 2) return 400; // vertebral body
  return 40;
}

/** Deterministic standard normal samples (mulberry32 + Box-Muller): the same phantom every run. */
function gaussian(seed: number): () => number {
  let s = seed >>> 0;
  const uniform = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform() + 1e-12)) * Math.cos(2 * Math.PI * uniform());
}

export interface PhantomOptions {
  spacingMm: Vec3;
  /** Sign of each voxel axis along LPS x, y, z: [1,1,1] = LPS, [-1,-1,1] = RAS-stored, [1,1,-1] = superior-first. */
  axisSigns: Vec3;
  /** Superior end of the field (mm); lower it to start the scan at mid-trachea. */
  topZ?: number;
  /** Noise standard deviation (HU); default 25. */
  noiseHu?: number;
}

export interface ChestPhantom {
  image: Volume<Int16Array>;
  /** Trachea + main bronchi lumen (voxel centre inside). */
  airways: Uint8Array;
  lungLeft: Uint8Array;
  lungRight: Uint8Array;
  oesophagusAir: Uint8Array;
}

/** Field of view (mm) along x, y, z: the body plus outside air and the table. */
const FIELD: [number, number][] = [[-140, 140], [-105, 120], [0, PHANTOM_TOP_Z]];

/** Sample the phantom: each voxel is the mean of 2x2x2 sub-samples (partial volume at edges) plus noise. */
export function buildChestPhantom(opts: PhantomOptions): ChestPhantom {
  const field = FIELD.map((f, c) => (c === 2 ? [f[0], opts.topZ ?? f[1]] : f)) as [number, number][];
  const sizeIjk = field.map(([lo, hi], c) => Math.floor((hi - lo) / opts.spacingMm[c]!) + 1) as Vec3;
  const originLps = field.map(([lo, hi], c) => (opts.axisSigns[c]! > 0 ? lo : hi)) as Vec3;
  const [sx, sy, sz] = opts.axisSigns;
  const direction: Mat3 = [sx, 0, 0, 0, sy, 0, 0, 0, sz];
  const geometry: VolumeGeometry = { sizeIjk, spacingMm: opts.spacingMm, originLps, direction };
  const n = sizeIjk[0] * sizeIjk[1] * sizeIjk[2];
  const voxels = new Int16Array(n);
  const airways = new Uint8Array(n), lungLeft = new Uint8Array(n), lungRight = new Uint8Array(n), oesophagusAir = new Uint8Array(n);
  const noise = gaussian(20240611);
  const sigma = opts.noiseHu ?? 25;
  const h = opts.spacingMm.map((s) => s / 4) as Vec3;
  for (let k = 0, o = 0; k < sizeIjk[2]; k++) {
    for (let j = 0; j < sizeIjk[1]; j++) {
      for (let i = 0; i < sizeIjk[0]; i++, o++) {
        const p = ijkToLps(geometry, [i, j, k]);
        let sum = 0;
        for (const dz of [-h[2], h[2]]) for (const dy of [-h[1], h[1]]) for (const dx of [-h[0], h[0]]) sum += huAt([p[0] + dx, p[1] + dy, p[2] + dz]);
        voxels[o] = Math.round(sum / 8 + sigma * noise());
        if (inAirwayLumen(p)) airways[o] = 1;
        else if (inOesophagusAir(p)) oesophagusAir[o] = 1;
        else {
          const side = inLung(p);
          if (side === 'left') lungLeft[o] = 1;
          else if (side === 'right') lungRight[o] = 1;
        }
      }
    }
  }
  return { image: { geometry, voxels, modality: 'CT', unit: 'HU' }, airways, lungLeft, lungRight, oesophagusAir };
}
