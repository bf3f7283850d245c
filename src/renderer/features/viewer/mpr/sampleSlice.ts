import type { VolumeGeometry } from '../../../../shared/domain/geometry';
import { lpsToIjk } from '../../../../shared/domain/geometry';
import type { VoxelData } from '../../../../shared/domain/volume';
import { planeToLps, type SliceGrid } from './sliceGrid';

/**
 * Affine map from pixel (a, b) of a slice grid at depth dMm to continuous voxel index:
 * ijk = base + a·stepA + b·stepB. Sampling walks this map, so it is O(pixels), never O(voxels).
 */
function pixelToIjk(geometry: VolumeGeometry, grid: SliceGrid, dMm: number) {
  const f = grid.frame;
  const u0 = grid.uMinMm + 0.5 * grid.pixelMm;
  const v0 = grid.vMinMm + 0.5 * grid.pixelMm;
  const base = lpsToIjk(geometry, planeToLps(f, u0, v0, dMm));
  const a1 = lpsToIjk(geometry, planeToLps(f, u0 + grid.pixelMm, v0, dMm));
  const b1 = lpsToIjk(geometry, planeToLps(f, u0, v0 + grid.pixelMm, dMm));
  return {
    base,
    stepA: [a1[0] - base[0], a1[1] - base[1], a1[2] - base[2]],
    stepB: [b1[0] - base[0], b1[1] - base[1], b1[2] - base[2]],
  };
}

/**
 * Trilinear resample of an intensity volume on a slice grid (row b = screen row from the bottom).
 * Pixels outside the volume get `outsideValue`. Result is in the volume's units (HU for CT).
 */
export function sampleIntensitySlice(
  voxels: VoxelData, geometry: VolumeGeometry, grid: SliceGrid, dMm: number, outsideValue: number, out?: Float32Array,
): Float32Array {
  const { widthPx: w, heightPx: h } = grid;
  const result = out && out.length === w * h ? out : new Float32Array(w * h);
  const [nx, ny, nz] = geometry.sizeIjk;
  const sx = 1, sy = nx, sz = nx * ny;
  const { base, stepA, stepB } = pixelToIjk(geometry, grid, dMm);
  for (let b = 0; b < h; b++) {
    let ci = base[0] + b * stepB[0], cj = base[1] + b * stepB[1], ck = base[2] + b * stepB[2];
    const row = b * w;
    for (let a = 0; a < w; a++, ci += stepA[0], cj += stepA[1], ck += stepA[2]) {
      // clamp to the voxel-centre range within half a voxel of the border (the voxel's own extent)
      if (ci < -0.5 || cj < -0.5 || ck < -0.5 || ci > nx - 0.5 || cj > ny - 0.5 || ck > nz - 0.5) {
        result[row + a] = outsideValue;
        continue;
      }
      const i = Math.min(Math.max(ci, 0), nx - 1), j = Math.min(Math.max(cj, 0), ny - 1), k = Math.min(Math.max(ck, 0), nz - 1);
      const i0 = Math.floor(i), j0 = Math.floor(j), k0 = Math.floor(k);
      const i1 = i0 + 1 < nx ? i0 + 1 : i0, j1 = j0 + 1 < ny ? j0 + 1 : j0, k1 = k0 + 1 < nz ? k0 + 1 : k0;
      const fi = i - i0, fj = j - j0, fk = k - k0;
      const o00 = j0 * sy + k0 * sz, o10 = j1 * sy + k0 * sz, o01 = j0 * sy + k1 * sz, o11 = j1 * sy + k1 * sz;
      const c00 = (voxels[i0 * sx + o00] as number) * (1 - fi) + (voxels[i1 * sx + o00] as number) * fi;
      const c10 = (voxels[i0 * sx + o10] as number) * (1 - fi) + (voxels[i1 * sx + o10] as number) * fi;
      const c01 = (voxels[i0 * sx + o01] as number) * (1 - fi) + (voxels[i1 * sx + o01] as number) * fi;
      const c11 = (voxels[i0 * sx + o11] as number) * (1 - fi) + (voxels[i1 * sx + o11] as number) * fi;
      const c0 = c00 * (1 - fj) + c10 * fj;
      const c1 = c01 * (1 - fj) + c11 * fj;
      result[row + a] = c0 * (1 - fk) + c1 * fk;
    }
  }
  return result;
}

/**
 * Nearest-neighbour resample of a label map on a slice grid, mapped through `labelToIndex`
 * (label value → display index 0..255, 0 = nothing). Outside the label map: 0.
 */
export function sampleLabelSlice(
  labels: VoxelData, geometry: VolumeGeometry, grid: SliceGrid, dMm: number, labelToIndex: Uint8Array, out?: Uint8Array,
): Uint8Array {
  const { widthPx: w, heightPx: h } = grid;
  const result = out && out.length === w * h ? out : new Uint8Array(w * h);
  const [nx, ny, nz] = geometry.sizeIjk;
  const { base, stepA, stepB } = pixelToIjk(geometry, grid, dMm);
  const maxLabel = labelToIndex.length - 1;
  for (let b = 0; b < h; b++) {
    let ci = base[0] + b * stepB[0], cj = base[1] + b * stepB[1], ck = base[2] + b * stepB[2];
    const row = b * w;
    for (let a = 0; a < w; a++, ci += stepA[0], cj += stepA[1], ck += stepA[2]) {
      const i = Math.round(ci), j = Math.round(cj), k = Math.round(ck);
      if (i < 0 || j < 0 || k < 0 || i >= nx || j >= ny || k >= nz) {
        result[row + a] = 0;
        continue;
      }
      const label = labels[i + j * nx + k * nx * ny] as number;
      result[row + a] = label > 0 && label <= maxLabel ? labelToIndex[label] : 0;
    }
  }
  return result;
}

/** Nearest voxel value at an LPS position, or null outside the volume. */
export function valueAtLps(voxels: VoxelData, geometry: VolumeGeometry, positionLps: [number, number, number]): number | null {
  const ijk = lpsToIjk(geometry, positionLps).map(Math.round);
  const [nx, ny, nz] = geometry.sizeIjk;
  if (ijk[0] < 0 || ijk[1] < 0 || ijk[2] < 0 || ijk[0] >= nx || ijk[1] >= ny || ijk[2] >= nz) return null;
  return voxels[ijk[0] + ijk[1] * nx + ijk[2] * nx * ny] as number;
}
