import { describe, expect, it } from 'vitest';
import { fitCamera, panBy, planeToScreen, screenToPlane, zoomAt } from './sliceCamera';
import type { SliceGrid } from './sliceGrid';
import { viewFrame } from './viewFrame';

const grid: SliceGrid = { frame: viewFrame([1, 0, 0, 0, 1, 0, 0, 0, 1], 'axial'), widthPx: 100, heightPx: 50, pixelMm: 2, uMinMm: -100, vMinMm: 0 };

describe('slice camera', () => {
  it('fits the grid and maps screen ↔ plane both ways', () => {
    const cam = fitCamera(grid, 400, 400);
    expect(cam.centerUMm).toBe(0);
    expect(cam.centerVMm).toBe(50);
    expect(cam.halfHeightMm).toBeCloseTo(104); // width-limited: 200 mm wide in a square view
    const p = screenToPlane(cam, 400, 400, 0, 0); // top-left corner: smallest u, largest v
    expect(p.uMm).toBeLessThan(-100);
    expect(p.vMm).toBeGreaterThan(100);
    const back = planeToScreen(cam, 400, 400, p.uMm, p.vMm);
    expect(back.x).toBeCloseTo(0);
    expect(back.y).toBeCloseTo(0);
  });

  it('zoom keeps the anchor fixed; pan follows the pointer', () => {
    const cam = fitCamera(grid, 400, 300);
    const before = screenToPlane(cam, 400, 300, 50, 70);
    const zoomed = zoomAt(cam, 400, 300, 50, 70, 2);
    expect(zoomed.halfHeightMm).toBeCloseTo(cam.halfHeightMm / 2);
    const after = screenToPlane(zoomed, 400, 300, 50, 70);
    expect(after.uMm).toBeCloseTo(before.uMm);
    expect(after.vMm).toBeCloseTo(before.vMm);
    const panned = panBy(cam, 300, 10, 0);
    expect(planeToScreen(panned, 400, 300, before.uMm, before.vMm).x).toBeCloseTo(60);
  });
});
