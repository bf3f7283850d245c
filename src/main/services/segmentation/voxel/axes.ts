import type { VolumeGeometry } from '../../../../shared/domain/geometry';

/**
 * The voxel axis (0=i, 1=j, 2=k) most aligned with LPS z (superior): the slice axis of an axial scan.
 * Read from the direction matrix so coronal or sagittal acquisitions are handled too.
 */
export function axialAxis(g: VolumeGeometry): 0 | 1 | 2 {
  const d = g.direction;
  // row 2 of the row-major matrix holds the z component of each axis' direction
  const z = [Math.abs(d[6]), Math.abs(d[7]), Math.abs(d[8])];
  return z[0]! >= z[1]! && z[0]! >= z[2]! ? 0 : z[1]! >= z[2]! ? 1 : 2;
}

/** +1 when increasing index along `axis` moves toward the patient's head (LPS +z), else -1. */
export function superiorSign(g: VolumeGeometry, axis: 0 | 1 | 2): 1 | -1 {
  return g.direction[6 + axis]! >= 0 ? 1 : -1;
}
