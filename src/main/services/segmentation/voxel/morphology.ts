import type { Vec3 } from '../../../../shared/domain/geometry';
import type { Mask } from './mask';
import { windowSumsAlong } from './windowSums';

/**
 * Binary morphology with a box (cuboid) structuring element of half-widths `radiusVox` along i, j, k.
 * Separable: three 1D passes with running counts, so the cost is O(voxels) whatever the radius.
 * The window is clipped at the volume edge (outside voxels are ignored, not treated as background):
 * a structure cut by the scan's first or last slice is not eroded away there.
 * A radius of 0 along an axis leaves that axis alone (e.g. [r, r, 0] works slice by slice).
 */
function pass(src: Mask, sizeIjk: Vec3, axis: 0 | 1 | 2, radius: number, erode: boolean): Mask {
  if (radius <= 0) return src;
  const out = new Uint8Array(src.length);
  // the window's foreground count decides: all set (erode) or any set (dilate)
  windowSumsAlong(src, sizeIjk, axis, radius, (o, count, n) => {
    out[o] = erode ? (count === n ? 1 : 0) : count > 0 ? 1 : 0;
  });
  return out;
}

export function dilateBox(mask: Mask, sizeIjk: Vec3, radiusVox: Vec3): Mask {
  let m = pass(mask, sizeIjk, 0, radiusVox[0], false);
  m = pass(m, sizeIjk, 1, radiusVox[1], false);
  m = pass(m, sizeIjk, 2, radiusVox[2], false);
  return m === mask ? mask.slice() : m;
}

export function erodeBox(mask: Mask, sizeIjk: Vec3, radiusVox: Vec3): Mask {
  let m = pass(mask, sizeIjk, 0, radiusVox[0], true);
  m = pass(m, sizeIjk, 1, radiusVox[1], true);
  m = pass(m, sizeIjk, 2, radiusVox[2], true);
  return m === mask ? mask.slice() : m;
}

/** Erode then dilate: removes parts thinner than the box (thin table, blanket), keeps the rest's shape. */
export function openBox(mask: Mask, sizeIjk: Vec3, radiusVox: Vec3): Mask {
  return dilateBox(erodeBox(mask, sizeIjk, radiusVox), sizeIjk, radiusVox);
}

/** Dilate then erode: closes gaps narrower than the box. */
export function closeBox(mask: Mask, sizeIjk: Vec3, radiusVox: Vec3): Mask {
  return erodeBox(dilateBox(mask, sizeIjk, radiusVox), sizeIjk, radiusVox);
}

/** Half-widths in voxels for a physical radius in mm (at least 0; rounds to nearest). */
export function radiusMmToVox(radiusMm: number, spacingMm: Vec3): Vec3 {
  return [0, 1, 2].map((c) => Math.max(0, Math.round(radiusMm / spacingMm[c]!))) as Vec3;
}
