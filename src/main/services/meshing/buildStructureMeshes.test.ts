import { describe, expect, it } from 'vitest';
import { ijkToLps, voxelVolumeMl, type Mat3, type VolumeGeometry } from '../../../shared/domain/geometry';
import type { ClassMap } from '../../../shared/domain/labels';
import type { Volume } from '../../../shared/domain/volume';
import { buildStructureMeshes, meshCache } from './buildStructureMeshes';
import { checkWatertight, pointBounds, signedVolume, volumeCentroid } from './meshMetrics';

/** Rotation by 30° about LPS z, 20° about x, then the first axis mirrored: oblique and left-handed (det = -1). */
function obliqueFlipped(): Mat3 {
  const a = (30 * Math.PI) / 180;
  const b = (20 * Math.PI) / 180;
  const rz = [Math.cos(a), -Math.sin(a), 0, Math.sin(a), Math.cos(a), 0, 0, 0, 1];
  const rx = [1, 0, 0, 0, Math.cos(b), -Math.sin(b), 0, Math.sin(b), Math.cos(b)];
  const m: number[] = [];
  for (let r = 0; r < 3; r++) for (let c = 0; c < 3; c++) m.push(rz[r * 3]! * rx[c]! + rz[r * 3 + 1]! * rx[3 + c]! + rz[r * 3 + 2]! * rx[6 + c]!);
  // mirror voxel axis i: negate column 0
  return [-m[0]!, m[1]!, m[2]!, -m[3]!, m[4]!, m[5]!, -m[6]!, m[7]!, m[8]!];
}

const CLASSES: ClassMap = {
  source: 'test',
  classes: [
    { label: 1, id: 'ball', name: 'Ball', color: [255, 0, 0] },
    { label: 2, id: 'edge_block', name: 'Edge block', color: [0, 255, 0] },
    { label: 3, id: 'absent', name: 'Absent', color: [0, 0, 255] },
  ],
};

/** A ball (label 1) and a block cut by the scan's i = 0 and k = max faces (label 2). */
function labelMap(direction: Mat3): Volume<Uint8Array> {
  const geometry: VolumeGeometry = { sizeIjk: [48, 40, 24], spacingMm: [0.8, 1.1, 2.5], originLps: [-12, 30, -40], direction };
  const [nx, ny, nz] = geometry.sizeIjk;
  const voxels = new Uint8Array(nx * ny * nz);
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++) {
        const mm = [(i - 26) * 0.8, (j - 19) * 1.1, (k - 11) * 2.5];
        let v = 0;
        if (Math.hypot(mm[0]!, mm[1]!, mm[2]!) <= 14) v = 1;
        else if (i <= 6 && j >= 4 && j <= 14 && k >= 15) v = 2;
        voxels[i + j * nx + k * nx * ny] = v;
      }
  return { geometry, voxels, modality: 'SEG', unit: 'label' };
}

/** Independent reference: LPS centroid and voxel count of one label, straight from ijkToLps. */
function voxelStats(volume: Volume, label: number): { centroid: number[]; count: number } {
  const [nx, ny, nz] = volume.geometry.sizeIjk;
  const sum = [0, 0, 0];
  let count = 0;
  for (let k = 0; k < nz; k++)
    for (let j = 0; j < ny; j++)
      for (let i = 0; i < nx; i++)
        if (volume.voxels[i + j * nx + k * nx * ny] === label) {
          const p = ijkToLps(volume.geometry, [i, j, k]);
          for (let c = 0; c < 3; c++) sum[c]! += p[c]!;
          count++;
        }
  return { centroid: sum.map((s) => s / count), count };
}

describe('buildStructureMeshes', () => {
  it('makes closed outward meshes in LPS for an oblique, mirrored grid, including a structure cut by the scan edge', async () => {
    const volume = labelMap(obliqueFlipped());
    const progress: number[] = [];
    const meshes = await buildStructureMeshes(volume, CLASSES, { onProgress: (f) => progress.push(f) });
    expect(meshes.map((m) => m.structureId)).toEqual(['ball', 'edge_block']);
    expect(progress.at(-1)).toBe(1);
    for (const mesh of meshes) {
      const report = checkWatertight(mesh.triangles);
      expect(report, mesh.structureId).toMatchObject({ closed: true, consistentlyOriented: true });
      const ref = voxelStats(volume, mesh.label);
      const maskMm3 = ref.count * voxelVolumeMl(volume.geometry) * 1000;
      const meshMm3 = signedVolume(mesh.pointsLps, mesh.triangles);
      expect(meshMm3, `${mesh.structureId} volume`).toBeGreaterThan(0);
      expect(Math.abs(meshMm3 - maskMm3) / maskMm3, `${mesh.structureId} volume`).toBeLessThan(0.01);
      const c = volumeCentroid(mesh.pointsLps, mesh.triangles);
      for (let a = 0; a < 3; a++) expect(Math.abs(c[a]! - ref.centroid[a]!), `${mesh.structureId} axis ${a}`).toBeLessThan(0.5);
      // vertex normals point away from the solid's centroid for a convex shape
      let outward = 0;
      const n = mesh.normals!;
      for (let p = 0; p < n.length; p += 3) {
        const dot = n[p]! * (mesh.pointsLps[p]! - c[0]) + n[p + 1]! * (mesh.pointsLps[p + 1]! - c[1]) + n[p + 2]! * (mesh.pointsLps[p + 2]! - c[2]);
        if (dot > 0) outward++;
      }
      expect(outward / (n.length / 3), `${mesh.structureId} outward normals`).toBeGreaterThan(0.97);
    }
  });

  it('puts the ball where the grid says, whatever the direction (identity vs oblique)', async () => {
    const straight = labelMap([1, 0, 0, 0, 1, 0, 0, 0, 1]);
    const [mesh] = await buildStructureMeshes(straight, CLASSES, { structureIds: ['ball'], smoothingIterations: 0 });
    const bounds = pointBounds(mesh!.pointsLps);
    const centre = ijkToLps(straight.geometry, [26, 19, 11]);
    // ball radius 14 mm: raw marching-cubes surface reaches within half a voxel of it on every axis
    for (let a = 0; a < 3; a++) {
      expect(Math.abs(bounds.max[a]! - centre[a]! - 14)).toBeLessThan(straight.geometry.spacingMm[a]!);
      expect(Math.abs(centre[a]! - bounds.min[a]! - 14)).toBeLessThan(straight.geometry.spacingMm[a]!);
    }
  });

  it('caches by key and returns the same mesh objects without recomputing', async () => {
    const volume = labelMap(obliqueFlipped());
    const first = await buildStructureMeshes(volume, CLASSES, { cacheKey: 'lm-cache-test', structureIds: ['ball'] });
    volume.voxels.fill(0); // a recomputation would now find nothing
    const second = await buildStructureMeshes(volume, CLASSES, { cacheKey: 'lm-cache-test', structureIds: ['ball'] });
    expect(second[0]).toBe(first[0]);
    meshCache.invalidate('lm-cache-test');
    expect(await buildStructureMeshes(volume, CLASSES, { cacheKey: 'lm-cache-test', structureIds: ['ball'] })).toEqual([]);
  });

  it('rejects unknown structure ids and honours cancellation', async () => {
    const volume = labelMap(obliqueFlipped());
    await expect(buildStructureMeshes(volume, CLASSES, { structureIds: ['liver'] })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const controller = new AbortController();
    const pending = buildStructureMeshes(volume, CLASSES, { signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});
