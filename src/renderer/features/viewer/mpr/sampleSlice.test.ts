import { describe, expect, it } from 'vitest';
import { ijkToLps, type Mat3, type Vec3, type VolumeGeometry } from '../../../../shared/domain/geometry';
import { sampleIntensitySlice, sampleLabelSlice, valueAtLps } from './sampleSlice';
import { lpsToPlane, sliceGridFor, snappedSlice, stepSlice } from './sliceGrid';
import { viewFrame } from './viewFrame';

/** 10x8x6 volume, 2 mm voxels; value 100 at one voxel whose LPS position is known. */
function volumeWithMarker(direction: Mat3, originLps: Vec3, markerIjk: Vec3) {
  const geometry: VolumeGeometry = { sizeIjk: [10, 8, 6], spacingMm: [2, 2, 3], originLps, direction };
  const voxels = new Int16Array(10 * 8 * 6);
  voxels[markerIjk[0] + markerIjk[1] * 10 + markerIjk[2] * 80] = 100;
  return { geometry, voxels, markerLps: ijkToLps(geometry, markerIjk) };
}

/** Screen pixel (a, b from bottom) where the maximum value of a slice lies. */
function argmax(slice: ArrayLike<number>, width: number) {
  let best = 0;
  for (let n = 1; n < slice.length; n++) if (slice[n] > slice[best]) best = n;
  return { a: best % width, b: Math.floor(best / width), value: slice[best] };
}

describe('slice sampling in LPS', () => {
  // The same physical point (patient left, anterior, superior part of the box) stored two ways.
  const lps = volumeWithMarker([1, 0, 0, 0, 1, 0, 0, 0, 1], [0, 0, 0], [8, 1, 4]);
  // RAS storage: i runs to patient right, j to anterior; origin at the left-posterior corner
  const ras = volumeWithMarker([-1, 0, 0, 0, -1, 0, 0, 0, 1], [18, 14, 0], [1, 6, 4]);

  it('both storages put the marker at the same LPS position', () => {
    expect(ras.markerLps).toEqual(lps.markerLps);
    expect(lps.markerLps).toEqual([16, 2, 12]);
  });

  for (const [name, vol] of [['LPS', lps], ['RAS', ras]] as const) {
    it(`axial slice of the ${name} volume shows patient-left on screen right and anterior at the top`, () => {
      const frame = viewFrame(vol.geometry.direction as Mat3, 'axial');
      const grid = sliceGridFor(vol.geometry, frame);
      const { dMm, index } = snappedSlice(vol.geometry, frame, vol.markerLps);
      expect(index).toBe(4);
      const slice = sampleIntensitySlice(vol.voxels, vol.geometry, grid, dMm, -1000);
      const peak = argmax(slice, grid.widthPx);
      expect(peak.value).toBeCloseTo(100);
      // x = 16 of 0..18 → right part; y = 2 (anterior) → top part (b counts from the bottom)
      expect(peak.a / grid.widthPx).toBeGreaterThan(0.75);
      expect((peak.b + 0.5) / grid.heightPx).toBeGreaterThan(0.75);
    });
  }

  it('sagittal slice shows anterior on the left and superior at the top', () => {
    const frame = viewFrame(ras.geometry.direction as Mat3, 'sagittal');
    const grid = sliceGridFor(ras.geometry, frame);
    const { dMm } = snappedSlice(ras.geometry, frame, ras.markerLps);
    const peak = argmax(sampleIntensitySlice(ras.voxels, ras.geometry, grid, dMm, 0), grid.widthPx);
    expect(peak.a / grid.widthPx).toBeLessThan(0.25);
    expect(peak.b / grid.heightPx).toBeGreaterThan(0.6);
  });

  it('label slices use nearest neighbours and a label → index table', () => {
    const labels = new Uint8Array(ras.voxels.length);
    labels[1 + 6 * 10 + 4 * 80] = 7;
    const table = new Uint8Array(256);
    table[7] = 3;
    const frame = viewFrame(ras.geometry.direction as Mat3, 'coronal');
    const grid = sliceGridFor(ras.geometry, frame);
    const { dMm } = snappedSlice(ras.geometry, frame, ras.markerLps);
    const slice = sampleLabelSlice(labels, ras.geometry, grid, dMm, table);
    expect(new Set(slice)).toEqual(new Set([0, 3]));
    const peak = argmax(slice, grid.widthPx);
    const { uMm, vMm } = lpsToPlane(frame, ras.markerLps);
    expect(Math.abs(grid.uMinMm + (peak.a + 0.5) * grid.pixelMm - uMm)).toBeLessThanOrEqual(1);
    expect(Math.abs(grid.vMinMm + (peak.b + 0.5) * grid.pixelMm - vMm)).toBeLessThanOrEqual(1.5);
  });

  it('reads values and steps slices in world space', () => {
    expect(valueAtLps(ras.voxels, ras.geometry, [16, 2, 12])).toBe(100);
    expect(valueAtLps(ras.voxels, ras.geometry, [500, 0, 0])).toBeNull();
    const frame = viewFrame(ras.geometry.direction as Mat3, 'axial');
    // one axial step up from z = 12 is z = 15 (3 mm slices); the top slice clamps
    expect(stepSlice(ras.geometry, frame, [16, 2, 12], 1)[2]).toBeCloseTo(15);
    expect(stepSlice(ras.geometry, frame, [16, 2, 12], 10)[2]).toBeCloseTo(15);
  });
});
