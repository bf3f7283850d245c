import type { Vec3 } from '../../../../shared/domain/geometry';
import type { VoxelData } from '../../../../shared/domain/volume';

/**
 * A binary mask over a voxel grid: 1 = inside, 0 = outside, same memory order as the volume
 * (offset = i + j*sizeI + k*sizeI*sizeJ).
 */
export type Mask = Uint8Array;

/** Voxels with minInclusive <= value <= maxInclusive (values in the image's unit, e.g. HU). */
export function thresholdMask(voxels: VoxelData, minInclusive: number, maxInclusive: number): Mask {
  const out = new Uint8Array(voxels.length);
  for (let n = 0; n < voxels.length; n++) {
    const v = voxels[n] as number;
    if (v >= minInclusive && v <= maxInclusive) out[n] = 1;
  }
  return out;
}

/** a AND b, written into a new mask. */
export function andMask(a: Mask, b: Mask): Mask {
  const out = new Uint8Array(a.length);
  for (let n = 0; n < a.length; n++) out[n] = a[n]! & b[n]!;
  return out;
}

/** a OR b, written into a new mask. */
export function orMask(a: Mask, b: Mask): Mask {
  const out = new Uint8Array(a.length);
  for (let n = 0; n < a.length; n++) out[n] = a[n]! | b[n]!;
  return out;
}

/** a AND NOT b, written into a new mask. */
export function andNotMask(a: Mask, b: Mask): Mask {
  const out = new Uint8Array(a.length);
  for (let n = 0; n < a.length; n++) out[n] = a[n]! & (b[n]! ^ 1);
  return out;
}

export function countMask(mask: Mask): number {
  let c = 0;
  for (let n = 0; n < mask.length; n++) c += mask[n]!;
  return c;
}

export function voxelTotal(sizeIjk: Vec3): number {
  return sizeIjk[0] * sizeIjk[1] * sizeIjk[2];
}
