import type { Vec3 } from '../../../../shared/domain/geometry';
import type { Mask } from './mask';
import { OffsetStack } from './offsetQueue';

/**
 * 6-connected flood fill from `seeds` (voxel offsets) through voxels for which `accept(offset)` is true.
 * Stops and returns null as soon as more than `maxVoxels` are reached: callers treat that as a leak.
 */
export function growRegion(
  sizeIjk: Vec3,
  seeds: number[],
  accept: (offset: number) => boolean,
  maxVoxels = Infinity,
): { mask: Mask; count: number } | null {
  const [si, sj, sk] = sizeIjk;
  const plane = si * sj;
  const mask = new Uint8Array(si * sj * sk);
  const stack = new OffsetStack();
  let count = 0;
  const visit = (o: number): void => {
    if (mask[o] === 0 && accept(o)) {
      mask[o] = 1;
      count++;
      stack.push(o);
    }
  };
  for (const s of seeds) visit(s);
  while (stack.size > 0) {
    if (count > maxVoxels) return null;
    const o = stack.pop();
    const k = (o / plane) | 0;
    const rem = o - k * plane;
    const j = (rem / si) | 0;
    const i = rem - j * si;
    if (i > 0) visit(o - 1);
    if (i < si - 1) visit(o + 1);
    if (j > 0) visit(o - si);
    if (j < sj - 1) visit(o + si);
    if (k > 0) visit(o - plane);
    if (k < sk - 1) visit(o + plane);
  }
  return count > maxVoxels ? null : { mask, count };
}
