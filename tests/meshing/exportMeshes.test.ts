import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Mat3, VolumeGeometry } from '../../src/shared/domain/geometry';
import type { ClassMap } from '../../src/shared/domain/labels';
import { buildStructureMeshes } from '../../src/main/services/meshing/buildStructureMeshes';
import { exportMeshes } from '../../src/main/services/meshing/exportMeshes';
import { checkWatertight, signedVolume, volumeCentroid } from '../../src/main/services/meshing/meshMetrics';
import { readBinaryStl, readObj } from './meshFileReaders';

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ostendo-mesh-export-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

// RAS-like storage (det > 0 but i and j mirrored) with two blobs, one touching the scan's corner.
const direction: Mat3 = [-1, 0, 0, 0, -1, 0, 0, 0, 1];
const geometry: VolumeGeometry = { sizeIjk: [30, 28, 20], spacingMm: [1.5, 1.5, 3], originLps: [100, 80, -20], direction };
const voxels = new Uint8Array(30 * 28 * 20);
for (let k = 0; k < 20; k++)
  for (let j = 0; j < 28; j++)
    for (let i = 0; i < 30; i++) {
      const n = i + j * 30 + k * 30 * 28;
      if ((i - 18) ** 2 + (j - 15) ** 2 + ((k - 10) * 2) ** 2 < 49) voxels[n] = 7;
      if (i < 5 && j < 6 && k < 4) voxels[n] = 9;
    }
const classMap: ClassMap = {
  source: 'test',
  classes: [
    { label: 7, id: 'blob', name: 'Blob', color: [1, 2, 3] },
    { label: 9, id: 'corner/piece', name: 'Corner', color: [4, 5, 6] },
  ],
};

describe('exportMeshes', () => {
  it('writes watertight binary STL and OBJ files in LPS mm that read back to the same solids', async () => {
    const meshes = await buildStructureMeshes({ geometry, voxels, modality: 'SEG', unit: 'label' }, classMap);
    expect(meshes).toHaveLength(2);
    for (const format of ['stl', 'obj'] as const) {
      const files = await exportMeshes(meshes, { format, outDir: path.join(tmp, format) });
      expect(files.map((f) => path.basename(f))).toEqual([`blob.${format}`, `corner_piece.${format}`]);
      for (const [index, file] of files.entries()) {
        const mesh = meshes[index]!;
        const parsed = format === 'stl' ? readBinaryStl(file) : readObj(file);
        expect(parsed.header).toMatch(/LPS/);
        expect(parsed.triangles.length).toBe(mesh.triangles.length);
        expect(checkWatertight(parsed.triangles), file).toMatchObject({ closed: true, consistentlyOriented: true, degenerateTriangles: 0 });
        const expectedVolume = signedVolume(mesh.pointsLps, mesh.triangles);
        expect(signedVolume(parsed.points, parsed.triangles)).toBeGreaterThan(0);
        expect(signedVolume(parsed.points, parsed.triangles) / expectedVolume).toBeCloseTo(1, 4);
        const c0 = volumeCentroid(mesh.pointsLps, mesh.triangles);
        const c1 = volumeCentroid(parsed.points, parsed.triangles);
        for (let a = 0; a < 3; a++) expect(c1[a]).toBeCloseTo(c0[a], 2);
      }
    }
  });

  it('refuses an output folder that cannot be created', async () => {
    const blocker = path.join(tmp, 'a-file');
    fs.writeFileSync(blocker, 'x');
    await expect(exportMeshes([], { format: 'stl', outDir: path.join(blocker, 'sub') })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
  });
});
