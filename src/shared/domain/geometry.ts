/**
 * Geometry of a voxel grid in DICOM patient space.
 *
 * World space is LPS (x → patient Left, y → Posterior, z → Superior), in millimetres.
 * Voxel space is IJK indices, i fastest in memory: offset = i + j*sizeI + k*sizeI*sizeJ.
 * The mapping is  positionLps = originLps + direction · (spacingMm ⊙ indexIjk),
 * with `direction` a row-major 3x3 matrix whose column c is the LPS unit vector of voxel axis c.
 */
export type Vec3 = [number, number, number];
/** Row-major 3x3 matrix (9 numbers). */
export type Mat3 = [number, number, number, number, number, number, number, number, number];

export interface VolumeGeometry {
  /** Voxel counts along i, j, k. */
  sizeIjk: Vec3;
  /** Voxel spacing along i, j, k in millimetres. */
  spacingMm: Vec3;
  /** LPS position (mm) of the centre of voxel (0,0,0). */
  originLps: Vec3;
  /** Row-major direction cosines; column c = LPS direction of axis c. */
  direction: Mat3;
}

export const IDENTITY_DIRECTION: Mat3 = [1, 0, 0, 0, 1, 0, 0, 0, 1];

export function voxelCount(g: VolumeGeometry): number {
  return g.sizeIjk[0] * g.sizeIjk[1] * g.sizeIjk[2];
}

/** Continuous voxel index (IJK) → LPS millimetres. */
export function ijkToLps(g: VolumeGeometry, indexIjk: Vec3): Vec3 {
  const d = g.direction;
  const si = indexIjk[0] * g.spacingMm[0];
  const sj = indexIjk[1] * g.spacingMm[1];
  const sk = indexIjk[2] * g.spacingMm[2];
  return [
    g.originLps[0] + d[0] * si + d[1] * sj + d[2] * sk,
    g.originLps[1] + d[3] * si + d[4] * sj + d[5] * sk,
    g.originLps[2] + d[6] * si + d[7] * sj + d[8] * sk,
  ];
}

/** LPS millimetres → continuous voxel index (IJK). Assumes an orthonormal direction matrix. */
export function lpsToIjk(g: VolumeGeometry, positionLps: Vec3): Vec3 {
  const d = g.direction;
  const x = positionLps[0] - g.originLps[0];
  const y = positionLps[1] - g.originLps[1];
  const z = positionLps[2] - g.originLps[2];
  // inverse of an orthonormal matrix is its transpose
  return [
    (d[0] * x + d[3] * y + d[6] * z) / g.spacingMm[0],
    (d[1] * x + d[4] * y + d[7] * z) / g.spacingMm[1],
    (d[2] * x + d[5] * y + d[8] * z) / g.spacingMm[2],
  ];
}

/** 4x4 column-major index→world matrix (vtk.js / gl-matrix convention). */
export function indexToLpsMatrix(g: VolumeGeometry): number[] {
  const d = g.direction;
  const s = g.spacingMm;
  return [
    d[0] * s[0], d[3] * s[0], d[6] * s[0], 0,
    d[1] * s[1], d[4] * s[1], d[7] * s[1], 0,
    d[2] * s[2], d[5] * s[2], d[8] * s[2], 0,
    g.originLps[0], g.originLps[1], g.originLps[2], 1,
  ];
}

/** Voxel volume in millilitres (1 mL = 1000 mm³). */
export function voxelVolumeMl(g: VolumeGeometry): number {
  return (g.spacingMm[0] * g.spacingMm[1] * g.spacingMm[2]) / 1000;
}

export function sameGrid(a: VolumeGeometry, b: VolumeGeometry, toleranceMm = 1e-3): boolean {
  for (let c = 0; c < 3; c++) {
    if (a.sizeIjk[c] !== b.sizeIjk[c]) return false;
    if (Math.abs(a.spacingMm[c] - b.spacingMm[c]) > toleranceMm) return false;
    if (Math.abs(a.originLps[c] - b.originLps[c]) > toleranceMm * 10) return false;
  }
  for (let n = 0; n < 9; n++) if (Math.abs(a.direction[n] - b.direction[n]) > 1e-4) return false;
  return true;
}
