import type { VolumeGeometry } from '../../../shared/domain/geometry';
import type { VoxelData } from '../../../shared/domain/volume';

/** How IJK axes map onto an axial display: screen x → patient Left (radiological: patient right on the left), screen y → Posterior. */
export interface AxialLayout {
  /** IJK axis shown horizontally, and whether it runs right-to-left on screen */
  colAxis: 0 | 1 | 2;
  colFlip: boolean;
  rowAxis: 0 | 1 | 2;
  rowFlip: boolean;
  sliceAxis: 0 | 1 | 2;
  width: number;
  height: number;
  slices: number;
  /** pixel aspect (row spacing / column spacing) for display */
  aspect: number;
}

function column(g: VolumeGeometry, c: number): [number, number, number] {
  return [g.direction[c], g.direction[3 + c], g.direction[6 + c]];
}

/** Choose the axial layout from the direction matrix (nearest axes for oblique data). */
export function axialLayout(g: VolumeGeometry): AxialLayout {
  const axes = [0, 1, 2] as const;
  const sliceAxis = [...axes].sort((a, b) => Math.abs(column(g, b)[2]) - Math.abs(column(g, a)[2]))[0];
  const inPlane = axes.filter((a) => a !== sliceAxis);
  const colAxis = Math.abs(column(g, inPlane[0])[0]) >= Math.abs(column(g, inPlane[1])[0]) ? inPlane[0] : inPlane[1];
  const rowAxis = inPlane[0] === colAxis ? inPlane[1] : inPlane[0];
  return {
    colAxis,
    colFlip: column(g, colAxis)[0] < 0,
    rowAxis,
    rowFlip: column(g, rowAxis)[1] < 0,
    sliceAxis,
    width: g.sizeIjk[colAxis],
    height: g.sizeIjk[rowAxis],
    slices: g.sizeIjk[sliceAxis],
    aspect: g.spacingMm[rowAxis] / g.spacingMm[colAxis],
  };
}

/** Render one axial slice (index along the slice axis) to RGBA with a linear window (width/level in the volume's units). */
export function renderAxialSlice(
  g: VolumeGeometry,
  voxels: VoxelData,
  layout: AxialLayout,
  slice: number,
  windowWidth: number,
  windowLevel: number,
  out: Uint8ClampedArray,
): void {
  const strides = [1, g.sizeIjk[0], g.sizeIjk[0] * g.sizeIjk[1]];
  const low = windowLevel - windowWidth / 2;
  const scale = 255 / Math.max(windowWidth, 1e-6);
  const base = slice * strides[layout.sliceAxis];
  for (let y = 0; y < layout.height; y++) {
    const r = layout.rowFlip ? layout.height - 1 - y : y;
    const rowBase = base + r * strides[layout.rowAxis];
    for (let x = 0; x < layout.width; x++) {
      const c = layout.colFlip ? layout.width - 1 - x : x;
      const v = ((voxels[rowBase + c * strides[layout.colAxis]] as number) - low) * scale;
      const p = (y * layout.width + x) * 4;
      const grey = v < 0 ? 0 : v > 255 ? 255 : v;
      out[p] = grey;
      out[p + 1] = grey;
      out[p + 2] = grey;
      out[p + 3] = 255;
    }
  }
}
