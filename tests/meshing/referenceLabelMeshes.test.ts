import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { getBuiltinClassMap, type BuiltinClassMapName } from '../../src/shared/anatomy';
import { readVolumeFile } from '../../src/main/services/imaging/volumeFiles';
import { meshLabelFile, type MeshLabelFileResult } from '../../src/main/services/meshing/meshLabelFile';
import { checkWatertight, pointBounds, signedVolume, volumeCentroid } from '../../src/main/services/meshing/meshMetrics';
import { readBinaryStl } from './meshFileReaders';

const repoRoot = path.resolve(__dirname, '../..');
const dataDir = path.resolve(repoRoot, '../shared/data');
const PYTHON = '/usr/bin/python3';
const haveData = fs.existsSync(path.join(dataDir, 'ct-abdomen-3mm')) && fs.existsSync(path.join(dataDir, 'mr-abdomen-3mm'));
const havePython = fs.existsSync(PYTHON);
if (!haveData) console.warn(`[meshing] ${dataDir} absent: reference-label mesh tests skipped`);
if (!havePython) console.warn(`[meshing] ${PYTHON} (nibabel) absent: reference-label mesh tests skipped`);

interface LabelStats {
  count: number;
  centroidLps: number[];
  minLps: number[];
  maxLps: number[];
}
interface Reference {
  voxelExtentLpsMm: number[];
  voxelVolumeMl: number;
  labels: Record<string, LabelStats>;
}

/** Per-label LPS statistics computed by nibabel + numpy from the NIfTI affine (independent of itk-wasm). */
function pythonReference(labelsFile: string): Reference {
  const out = execFileSync(PYTHON, [path.join(__dirname, 'labelStatsLps.py'), labelsFile], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return JSON.parse(out) as Reference;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ostendo-mesh-ref-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const CASES: Array<{ name: string; image: string; labels: string; classes: BuiltinClassMapName }> = [
  { name: 'CT (stored RAS)', image: 'ct-abdomen-3mm/ct.nii.gz', labels: 'ct-abdomen-3mm/reference-labels.nii.gz', classes: 'total' },
  { name: 'MR (stored LPS)', image: 'mr-abdomen-3mm/mr.nii.gz', labels: 'mr-abdomen-3mm/reference-labels.nii.gz', classes: 'total_mr' },
];

async function meshCase(c: (typeof CASES)[number], labelsFile: string, outName: string): Promise<MeshLabelFileResult> {
  const image = await readVolumeFile(path.join(dataDir, c.image));
  return meshLabelFile({ image, labelsPath: labelsFile, outDir: path.join(tmp, outName), format: 'stl', classMapFor: () => getBuiltinClassMap(c.classes) });
}

describe.skipIf(!haveData || !havePython)('meshes of the shared reference label maps vs nibabel', () => {
  for (const c of CASES) {
    it(`${c.name}: every exported STL is watertight and sits on its voxels (centroid and extent within one voxel)`, async () => {
      const labelsFile = path.join(dataDir, c.labels);
      const ref = pythonReference(labelsFile);
      const result = await meshCase(c, labelsFile, c.classes);
      expect(result.resampledToImageGrid).toBe(false);
      expect(result.structures.map((s) => String(s.label)).sort()).toEqual(Object.keys(ref.labels).sort());
      const tolerance = ref.voxelExtentLpsMm;
      for (const s of result.structures) {
        const stats = ref.labels[String(s.label)]!;
        const mesh = readBinaryStl(s.file);
        const what = `${c.name} ${s.structureId} (${stats.count} voxels)`;
        expect(checkWatertight(mesh.triangles), what).toMatchObject({ closed: true, consistentlyOriented: true });
        expect(s.watertight, what).toBe(true);
        const volumeMm3 = signedVolume(mesh.points, mesh.triangles);
        expect(volumeMm3, what).toBeGreaterThan(0);
        const centroid = volumeCentroid(mesh.points, mesh.triangles);
        const bounds = pointBounds(mesh.points);
        for (let a = 0; a < 3; a++) {
          expect(Math.abs(centroid[a]! - stats.centroidLps[a]!), `${what} centroid axis ${a}`).toBeLessThan(tolerance[a]!);
          // the surface lies half a voxel outside the extreme voxel centres (less after smoothing)
          expect(Math.abs(bounds.min[a]! - (stats.minLps[a]! - tolerance[a]! / 2)), `${what} min axis ${a}`).toBeLessThan(tolerance[a]!);
          expect(Math.abs(bounds.max[a]! - (stats.maxLps[a]! + tolerance[a]! / 2)), `${what} max axis ${a}`).toBeLessThan(tolerance[a]!);
        }
        // Smoothing hands each solid piece its voxel volume back; only single-voxel specks stay smaller.
        if (stats.count >= 100) {
          const maskMm3 = stats.count * ref.voxelVolumeMl * 1000;
          expect(Math.abs(volumeMm3 - maskMm3) / maskMm3, `${what} volume`).toBeLessThan(0.02);
        }
      }
    });
  }

  it('CT: left/right holds (spleen and left kidney on the patient left, +x in LPS, of liver and right kidney)', async () => {
    const c = CASES[0]!;
    const result = await meshCase(c, path.join(dataDir, c.labels), 'lr');
    const x = (id: string): number => {
      const s = result.structures.find((m) => m.structureId === id);
      if (!s) throw new Error(`${id} not meshed`);
      const mesh = readBinaryStl(s.file);
      return volumeCentroid(mesh.points, mesh.triangles)[0];
    };
    expect(x('spleen')).toBeGreaterThan(x('liver'));
    expect(x('kidney_left')).toBeGreaterThan(x('kidney_right'));
  });

  it('CT: the same labels stored in LPS order (rewritten by nibabel) are re-stored onto the RAS image grid and give the same meshes', async () => {
    const c = CASES[0]!;
    const flipped = path.join(tmp, 'labels-lps.nii.gz');
    execFileSync(PYTHON, ['-c', [
      'import sys, numpy as np, nibabel as nib',
      'img = nib.load(sys.argv[1])',
      'data = np.asanyarray(img.dataobj)[::-1, ::-1, :]',
      'a = img.affine.copy(); n = data.shape',
      // voxel (i, j) now holds old (n-1-i, n-1-j): new origin = old far corner, axes negated
      'a[:3, 3] = img.affine[:3, :3] @ np.array([n[0] - 1, n[1] - 1, 0]) + img.affine[:3, 3]',
      'a[:3, 0] *= -1; a[:3, 1] *= -1',
      'out = nib.Nifti1Image(np.ascontiguousarray(data), a); out.set_sform(a, 2); out.set_qform(a, 1)',
      'nib.save(out, sys.argv[2])',
    ].join('\n'), path.join(dataDir, c.labels), flipped]);
    const direct = await meshCase(c, path.join(dataDir, c.labels), 'direct');
    const viaFlip = await meshCase(c, flipped, 'flipped');
    expect(viaFlip.resampledToImageGrid).toBe(true);
    expect(viaFlip.structures.map((s) => [s.structureId, s.triangles, s.meshVolumeMl])).toEqual(
      direct.structures.map((s) => [s.structureId, s.triangles, s.meshVolumeMl]),
    );
  });
});
