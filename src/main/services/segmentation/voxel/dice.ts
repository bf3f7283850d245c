import { OstendoError } from '../../../../shared/errors';
import type { Mask } from './mask';

/**
 * Sørensen–Dice overlap 2|A∩B| / (|A|+|B|) of two binary masks on the same grid.
 * Returns 1 when both are empty (perfect agreement that nothing is there).
 */
export function dice(a: Mask, b: Mask): number {
  if (a.length !== b.length) throw new OstendoError('GRID_MISMATCH', `Dice of masks with ${a.length} and ${b.length} voxels`);
  let inter = 0;
  let sa = 0;
  let sb = 0;
  for (let n = 0; n < a.length; n++) {
    const x = a[n]! !== 0 ? 1 : 0;
    const y = b[n]! !== 0 ? 1 : 0;
    inter += x & y;
    sa += x;
    sb += y;
  }
  return sa + sb === 0 ? 1 : (2 * inter) / (sa + sb);
}
