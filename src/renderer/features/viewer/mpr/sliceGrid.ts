import type { Vec3, VolumeGeometry } from '../../../../shared/domain/geometry';
import { ijkToLps, lpsToIjk } from '../../../../shared/domain/geometry';
import { dot, type ViewFrame } from './viewFrame';

/**
 * The 2D pixel grid a view samples on. Plane coordinates (u, v) in mm are
 * u = position·right, v = position·up, d = position·normal (all LPS), so
 * position = u·right + v·up + d·normal. Pixel (a, b) has its centre at
 * u = uMinMm + (a + 0.5)·pixelMm, v = vMinMm + (b + 0.5)·pixelMm; b grows upwards on screen.
 */
export interface SliceGrid {
  frame: ViewFrame;
  widthPx: number;
  heightPx: number;
  pixelMm: number;
  uMinMm: number;
  vMinMm: number;
}

/** Grid covering the volume's projection onto the view plane, at the finest in-plane spacing. */
export function sliceGridFor(geometry: VolumeGeometry, frame: ViewFrame): SliceGrid {
  const [si, sj, sk] = geometry.sizeIjk;
  let uMin = Infinity, uMax = -Infinity, vMin = Infinity, vMax = -Infinity;
  // voxel corners (index −0.5 … size−0.5) so edge voxels are whole on screen
  for (const i of [-0.5, si - 0.5]) for (const j of [-0.5, sj - 0.5]) for (const k of [-0.5, sk - 0.5]) {
    const p = ijkToLps(geometry, [i, j, k]);
    const u = dot(p, frame.rightLps);
    const v = dot(p, frame.upLps);
    uMin = Math.min(uMin, u); uMax = Math.max(uMax, u);
    vMin = Math.min(vMin, v); vMax = Math.max(vMax, v);
  }
  const pixelMm = Math.min(geometry.spacingMm[frame.rightAxis], geometry.spacingMm[frame.upAxis]);
  return {
    frame,
    pixelMm,
    uMinMm: uMin,
    vMinMm: vMin,
    widthPx: Math.max(1, Math.round((uMax - uMin) / pixelMm)),
    heightPx: Math.max(1, Math.round((vMax - vMin) / pixelMm)),
  };
}

export function planeToLps(frame: ViewFrame, uMm: number, vMm: number, dMm: number): Vec3 {
  const r = frame.rightLps, up = frame.upLps, n = frame.normalLps;
  return [
    uMm * r[0] + vMm * up[0] + dMm * n[0],
    uMm * r[1] + vMm * up[1] + dMm * n[1],
    uMm * r[2] + vMm * up[2] + dMm * n[2],
  ];
}

export function lpsToPlane(frame: ViewFrame, positionLps: Vec3): { uMm: number; vMm: number; dMm: number } {
  return { uMm: dot(positionLps, frame.rightLps), vMm: dot(positionLps, frame.upLps), dMm: dot(positionLps, frame.normalLps) };
}

/**
 * Slice depth (mm along the normal) through `positionLps`, snapped to the nearest voxel centre
 * along the slice axis so the slice shows acquired voxels rather than a blend of two slices.
 * Also returns that slice index (clamped to the volume).
 */
export function snappedSlice(geometry: VolumeGeometry, frame: ViewFrame, positionLps: Vec3): { dMm: number; index: number } {
  const ijk = lpsToIjk(geometry, positionLps);
  const axis = frame.sliceAxis;
  const index = Math.min(geometry.sizeIjk[axis] - 1, Math.max(0, Math.round(ijk[axis])));
  const snapped: Vec3 = [ijk[0], ijk[1], ijk[2]];
  snapped[axis] = index;
  return { dMm: dot(ijkToLps(geometry, snapped), frame.normalLps), index };
}

/** Position moved by `steps` slices along the view's slice axis (clamped to the volume). */
export function stepSlice(geometry: VolumeGeometry, frame: ViewFrame, positionLps: Vec3, steps: number): Vec3 {
  const ijk = lpsToIjk(geometry, positionLps);
  const axis = frame.sliceAxis;
  ijk[axis] = Math.min(geometry.sizeIjk[axis] - 1, Math.max(0, Math.round(ijk[axis]) + steps));
  return ijkToLps(geometry, ijk);
}
