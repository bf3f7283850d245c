import type { SliceGrid } from './sliceGrid';

/** A 2D view's camera in plane coordinates: centre (u, v mm) and half the view's height in mm. */
export interface SliceCamera {
  centerUMm: number;
  centerVMm: number;
  halfHeightMm: number;
}

/** Camera that fits the whole grid into a view of the given CSS size, with a small margin. */
export function fitCamera(grid: SliceGrid, widthPx: number, heightPx: number): SliceCamera {
  const wMm = grid.widthPx * grid.pixelMm;
  const hMm = grid.heightPx * grid.pixelMm;
  const aspect = Math.max(widthPx, 1) / Math.max(heightPx, 1);
  return {
    centerUMm: grid.uMinMm + wMm / 2,
    centerVMm: grid.vMinMm + hMm / 2,
    halfHeightMm: 1.04 * Math.max(hMm / 2, wMm / 2 / aspect),
  };
}

/** CSS pixel (x right, y down, from the view's top-left) → plane (u, v) mm. */
export function screenToPlane(cam: SliceCamera, widthPx: number, heightPx: number, x: number, y: number): { uMm: number; vMm: number } {
  const mmPerPx = (2 * cam.halfHeightMm) / Math.max(heightPx, 1);
  return { uMm: cam.centerUMm + (x - widthPx / 2) * mmPerPx, vMm: cam.centerVMm - (y - heightPx / 2) * mmPerPx };
}

export function planeToScreen(cam: SliceCamera, widthPx: number, heightPx: number, uMm: number, vMm: number): { x: number; y: number } {
  const pxPerMm = Math.max(heightPx, 1) / (2 * cam.halfHeightMm);
  return { x: widthPx / 2 + (uMm - cam.centerUMm) * pxPerMm, y: heightPx / 2 - (vMm - cam.centerVMm) * pxPerMm };
}

/** Zoom by `factor` (>1 magnifies) keeping the plane point under (x, y) fixed on screen. */
export function zoomAt(cam: SliceCamera, widthPx: number, heightPx: number, x: number, y: number, factor: number): SliceCamera {
  const anchor = screenToPlane(cam, widthPx, heightPx, x, y);
  const halfHeightMm = Math.min(Math.max(cam.halfHeightMm / factor, 1), 5000);
  const next = { ...cam, halfHeightMm };
  const moved = screenToPlane(next, widthPx, heightPx, x, y);
  return { halfHeightMm, centerUMm: cam.centerUMm + anchor.uMm - moved.uMm, centerVMm: cam.centerVMm + anchor.vMm - moved.vMm };
}

/** Pan so the content follows the pointer by (dx, dy) CSS pixels. */
export function panBy(cam: SliceCamera, heightPx: number, dx: number, dy: number): SliceCamera {
  const mmPerPx = (2 * cam.halfHeightMm) / Math.max(heightPx, 1);
  return { ...cam, centerUMm: cam.centerUMm - dx * mmPerPx, centerVMm: cam.centerVMm + dy * mmPerPx };
}
