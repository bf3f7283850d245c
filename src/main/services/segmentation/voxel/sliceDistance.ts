import type { Vec3 } from '../../../../shared/domain/geometry';
import type { Mask } from './mask';

/**
 * In-slice distance (mm) from each foreground voxel to the nearest background voxel of its own slice normal to
 * `axis` (0 on background). Two-pass 3x3 chamfer with the pixel spacing as weights: exact along rows, columns and
 * diagonals, at most ~8 % long in between, which is ample for sizing round sections. Voxels past the slice edge
 * count as background, so a section cut by the field of view is not treated as unbounded.
 */
export function sliceDistanceMm(mask: Mask, sizeIjk: Vec3, spacingMm: Vec3, axis: 0 | 1 | 2): Float32Array {
  const strides: Vec3 = [1, sizeIjk[0], sizeIjk[0] * sizeIjk[1]];
  const u = axis === 0 ? 1 : 0;
  const v = axis === 2 ? 1 : 2;
  const nu = sizeIjk[u], nv = sizeIjk[v];
  const su = strides[u], sv = strides[v];
  const du = spacingMm[u], dv = spacingMm[v], dd = Math.hypot(du, dv);
  const out = new Float32Array(mask.length);
  const at = (base: number, a: number, b: number): number =>
    a < 0 || b < 0 || a >= nu || b >= nv ? 0 : out[base + a * su + b * sv]!;
  for (let s = 0; s < sizeIjk[axis]; s++) {
    const base = s * strides[axis];
    for (let b = 0; b < nv; b++) {
      for (let a = 0; a < nu; a++) {
        const o = base + a * su + b * sv;
        if (!mask[o]) continue;
        out[o] = Math.min(at(base, a - 1, b) + du, at(base, a, b - 1) + dv, at(base, a - 1, b - 1) + dd, at(base, a + 1, b - 1) + dd);
      }
    }
    for (let b = nv - 1; b >= 0; b--) {
      for (let a = nu - 1; a >= 0; a--) {
        const o = base + a * su + b * sv;
        if (!mask[o]) continue;
        out[o] = Math.min(out[o]!, at(base, a + 1, b) + du, at(base, a, b + 1) + dv, at(base, a + 1, b + 1) + dd, at(base, a - 1, b + 1) + dd);
      }
    }
  }
  return out;
}
