import { planeToScreen, type SliceCamera } from './sliceCamera';
import type { SliceGrid } from './sliceGrid';

/**
 * Draws a label overlay (RGBA in grid pixels, rows top to bottom) onto a 2D canvas laid over the
 * vtk.js view, with the same camera mapping as the slice, nearest-neighbour so voxel edges stay
 * crisp. Exact colours: the overlay never passes through a transfer-function texture.
 */
export class OverlayCanvas {
  private readonly source = document.createElement('canvas');
  private hasImage = false;

  constructor(private readonly target: HTMLCanvasElement) {}

  setImage(rgba: Uint8ClampedArray<ArrayBuffer> | null, widthPx: number, heightPx: number): void {
    if (!rgba) {
      this.hasImage = false;
      return;
    }
    if (this.source.width !== widthPx || this.source.height !== heightPx) {
      this.source.width = widthPx;
      this.source.height = heightPx;
    }
    this.source.getContext('2d')!.putImageData(new ImageData(rgba, widthPx, heightPx), 0, 0);
    this.hasImage = true;
  }

  draw(grid: SliceGrid, camera: SliceCamera, widthCss: number, heightCss: number): void {
    const dpr = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(widthCss * dpr));
    const h = Math.max(1, Math.round(heightCss * dpr));
    if (this.target.width !== w || this.target.height !== h) {
      this.target.width = w;
      this.target.height = h;
    }
    const ctx = this.target.getContext('2d')!;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, w, h);
    if (!this.hasImage) return;
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.imageSmoothingEnabled = false;
    // grid's top-left corner in plane coordinates: smallest u, largest v
    const topLeft = planeToScreen(camera, widthCss, heightCss, grid.uMinMm, grid.vMinMm + grid.heightPx * grid.pixelMm);
    const pxPerMm = heightCss / (2 * camera.halfHeightMm);
    ctx.drawImage(this.source, topLeft.x, topLeft.y, grid.widthPx * grid.pixelMm * pxPerMm, grid.heightPx * grid.pixelMm * pxPerMm);
  }
}
