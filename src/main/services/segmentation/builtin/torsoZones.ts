import { ijkToLps } from '../../../../shared/domain/geometry';
import type { Volume } from '../../../../shared/domain/volume';
import { andNotMask, type Mask } from '../voxel/mask';
import { dilateBox, erodeBox } from '../voxel/morphology';
import { bodyCentreXLps } from './lungs';
import { inPlaneRadius } from './torsoWall';

/**
 * Voxels of `inside` that lie deeper than a nearby bone (within `searchMm` in-plane) by more than `marginMm`,
 * checked down to `maxDepthMm` below the wall's outer surface. Ribs mark the wall's inner edge: tissue behind them
 * (liver, spleen) is viscera even when it is only 10-20 mm under the fat. Depth is counted in box-erosion steps.
 */
export function behindRibs(image: Volume, inside: Mask, bones: Mask, opts: { maxDepthMm: number; searchMm: number; marginMm: number }): Mask {
  const { sizeIjk, spacingMm } = image.geometry;
  const step = inPlaneRadius(image, 0);
  const stepMm = Math.min(...spacingMm.filter((_, c) => step[c] !== 0));
  const levels = Math.ceil(opts.maxDepthMm / stepMm);
  const margin = Math.max(1, Math.round(opts.marginMm / stepMm));
  // depth[o] = erosion steps voxel o survives; deeper[n] = voxels at depth >= n
  const depth = new Uint8Array(inside.length);
  const deeper: Mask[] = [inside];
  for (let n = 1; n <= levels; n++) {
    const cur = erodeBox(deeper[n - 1]!, sizeIjk, step);
    deeper.push(cur);
    for (let o = 0; o < cur.length; o++) if (cur[o]) depth[o] = n;
  }
  const out = new Uint8Array(inside.length);
  const search = inPlaneRadius(image, opts.searchMm);
  for (let n = 0; n + margin <= levels; n++) {
    // bone shallower than depth n + 1, spread sideways: voxels `margin` steps deeper than it are behind it
    const near = dilateBox(andNotMask(bones, deeper[n + 1] ?? new Uint8Array(inside.length)), sizeIjk, search);
    for (let o = 0; o < out.length; o++) if (depth[o] === n + margin && near[o]) out[o] = 1;
  }
  return out;
}

/** Bone voxels within `halfWidthMm` of the body's mid-sagittal plane (LPS x): vertebrae, sternum, not the ribs' shafts. */
export function midlineBones(image: Volume, body: Mask, bones: Mask, halfWidthMm: number): Mask {
  const g = image.geometry;
  const midX = bodyCentreXLps(image, body);
  const [si, sj] = g.sizeIjk;
  const out = new Uint8Array(bones.length);
  for (let o = 0; o < bones.length; o++) {
    if (!bones[o]) continue;
    const k = Math.floor(o / (si * sj));
    const j = Math.floor((o - k * si * sj) / si);
    if (Math.abs(ijkToLps(g, [o % si, j, k])[0] - midX) <= halfWidthMm) out[o] = 1;
  }
  return out;
}

/**
 * Body voxels posterior to the spine's mean LPS y in their slice and within `halfWidthMm` of the midline: the
 * paraspinal (autochthonous) muscle compartment, which is far thicker than the anterior wall.
 * Slices without midline bone get none.
 */
export function paraspinalZone(image: Volume, body: Mask, spine: Mask, halfWidthMm: number): Mask {
  const g = image.geometry;
  const [si, sj, sk] = g.sizeIjk;
  const midX = bodyCentreXLps(image, body);
  const out = new Uint8Array(body.length);
  for (let k = 0; k < sk; k++) {
    let sumY = 0, n = 0;
    for (let j = 0; j < sj; j++) for (let i = 0; i < si; i++) if (spine[i + j * si + k * si * sj]) { sumY += ijkToLps(g, [i, j, k])[1]; n++; }
    if (n === 0) continue;
    const spineY = sumY / n;
    for (let j = 0; j < sj; j++) {
      for (let i = 0; i < si; i++) {
        const o = i + j * si + k * si * sj;
        if (!body[o]) continue;
        const p = ijkToLps(g, [i, j, k]);
        if (p[1] > spineY && Math.abs(p[0] - midX) <= halfWidthMm) out[o] = 1;
      }
    }
  }
  return out;
}
