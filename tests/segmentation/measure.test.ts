import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureCommand, measureFiles } from '../../src/main/cli/commands/measure';
import { measureStructures } from '../../src/main/services/segmentation/measure/measureStructures';
import type { Volume } from '../../src/shared/domain/volume';

const dataDir = path.resolve(__dirname, '../../../shared/data');
const ctDir = path.join(dataDir, 'ct-abdomen-3mm');
const PYTHON = '/usr/bin/python3';

/**
 * Independent reference: nibabel reads the NIfTI affine (RAS) directly; LPS = RAS with x, y negated.
 * Centroid of voxel centres; bbox of voxel footprints (the 8 corners of the index box ±0.5); HU statistics;
 * face contacts; largest diameter by brute force over the convex hull (scipy).
 */
const REFERENCE_PY = String.raw`
import sys, json, itertools, numpy as np, nibabel as nib
ct = nib.load(sys.argv[1]); lb = nib.load(sys.argv[2])
A = lb.affine; hu = ct.get_fdata(); lab = np.asarray(lb.dataobj).astype(int)
assert np.allclose(A, ct.affine)
vml = abs(np.linalg.det(A[:3, :3])) / 1000.0
flip = np.array([-1.0, -1.0, 1.0])
out = {}
for v in [int(x) for x in sys.argv[3:]]:
    ijk = np.argwhere(lab == v).astype(float)
    lps = (A[:3, :3] @ ijk.T).T + A[:3, 3]
    lps *= flip
    lo = ijk.min(0) - 0.5; hi = ijk.max(0) + 0.5
    corners = np.array([[c[0], c[1], c[2]] for c in itertools.product(*zip(lo, hi))])
    cl = ((A[:3, :3] @ corners.T).T + A[:3, 3]) * flip
    vals = hu[lab == v]
    from scipy.spatial import ConvexHull
    from scipy.spatial.distance import pdist
    hull = lps[ConvexHull(lps).vertices]
    diameter = float(pdist(hull).max())
    touching = set()
    for ax in range(3):
        a = np.take(lab, range(0, lab.shape[ax] - 1), axis=ax); b = np.take(lab, range(1, lab.shape[ax]), axis=ax)
        face = (a != b) & (a > 0) & (b > 0)
        touching |= set(b[face & (a == v)].tolist()) | set(a[face & (b == v)].tolist())
    out[v] = dict(voxels=int(len(ijk)), volumeMl=len(ijk) * vml, centroid=lps.mean(0).tolist(),
                  bboxMin=cl.min(0).tolist(), bboxMax=cl.max(0).tolist(), mean=float(vals.mean()),
                  median=float(np.median(vals)), sd=float(vals.std()), touches=sorted(int(t) for t in touching), diameter=diameter)
print(json.dumps(out))
`;

const pythonOk = fs.existsSync(PYTHON) && spawnSync(PYTHON, ['-c', 'import nibabel, numpy'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!fs.existsSync(ctDir) || !pythonOk)('measureStructures vs nibabel/numpy on the shared CT reference labels', () => {
  it('volume, centroid, bbox, mean/median/sd HU agree for several structures (left/right included)', async () => {
    // liver (5), spleen (1), kidney_right (2), kidney_left (3), vertebrae_L1 (31), aorta (52)
    const labelsToCheck = [1, 2, 3, 5, 31, 52];
    const ctPath = path.join(ctDir, 'ct.nii.gz');
    const refPath = path.join(ctDir, 'reference-labels.nii.gz');
    const py = spawnSync(PYTHON, ['-c', REFERENCE_PY, ctPath, refPath, ...labelsToCheck.map(String)], { encoding: 'utf8' });
    expect(py.status, py.stderr).toBe(0);
    const ref = JSON.parse(py.stdout) as Record<string, { voxels: number; volumeMl: number; centroid: number[]; bboxMin: number[]; bboxMax: number[]; mean: number; median: number; sd: number; touches: number[]; diameter: number }>;
    const doc = await measureFiles(ctPath, refPath, 'total');
    for (const v of labelsToCheck) {
      const m = doc.structures.find((s) => s.label === v)!;
      const r = ref[String(v)]!;
      expect(m.voxels).toBe(r.voxels);
      expect(m.volumeMl).toBeCloseTo(r.volumeMl, 6);
      for (let a = 0; a < 3; a++) {
        expect(m.centroidLps[a]).toBeCloseTo(r.centroid[a]!, 2);
        expect(m.bboxLps.min[a]).toBeCloseTo(r.bboxMin[a]!, 2);
        expect(m.bboxLps.max[a]).toBeCloseTo(r.bboxMax[a]!, 2);
        expect(m.extentMm[a]).toBeCloseTo(r.bboxMax[a]! - r.bboxMin[a]!, 2);
      }
      expect(m.mean).toBeCloseTo(r.mean, 3);
      expect(m.median).toBeCloseTo(r.median, 6);
      expect(m.sd).toBeCloseTo(r.sd, 3);
      expect(m.largestDiameterMm).toBeCloseTo(r.diameter, 3);
      const idOfLabel = (l: number): string => doc.structures.find((s) => s.label === l)!.id;
      expect(m.touches).toEqual(r.touches.map(idOfLabel));
    }
    const byId = (id: string) => doc.structures.find((s) => s.id === id)!;
    // anatomy sanity that does not depend on our code's conventions: patient left is +x in LPS
    expect(byId('kidney_left').centroidLps[0]).toBeGreaterThan(byId('kidney_right').centroidLps[0]);
    expect(byId('spleen').centroidLps[0]).toBeGreaterThan(byId('liver').centroidLps[0]);
    expect(byId('liver').touchesBoundary).toBe(true);
    expect(byId('liver').touches).toContain('gallbladder');
    expect(byId('kidney_right').largestDiameterMm).toBeGreaterThan(60);
    expect(byId('kidney_right').largestDiameterMm).toBeLessThan(160);
  });

  it('ostendo measure --json prints one document with the contract field names', async () => {
    let out = '';
    const code = await measureCommand.run(
      { positional: [path.join(ctDir, 'ct.nii.gz')], flags: { labels: path.join(ctDir, 'reference-labels.nii.gz'), json: true } },
      { stdout: (t) => (out += t), stderr: () => {} },
    );
    expect(code).toBe(0);
    const doc = JSON.parse(out) as { structures: Record<string, unknown>[] };
    expect(doc.structures.length).toBe(41);
    const first = doc.structures[0]!;
    for (const key of ['label', 'id', 'voxels', 'volumeMl', 'mean', 'sd', 'min', 'max', 'median', 'centroidLps', 'bboxLps', 'extentMm', 'touchesBoundary']) {
      expect(first).toHaveProperty(key);
    }
    expect(first.id).toBe('label_1'); // no --classes: labels are named label_<n>
  });
});

describe('measureStructures on synthetic grids', () => {
  const geometry = { sizeIjk: [6, 5, 4] as [number, number, number], spacingMm: [2, 1, 3] as [number, number, number], originLps: [10, 20, 30] as [number, number, number], direction: [-1, 0, 0, 0, -1, 0, 0, 0, 1] as [number, number, number, number, number, number, number, number, number] };
  const n = 6 * 5 * 4;
  const at = (i: number, j: number, k: number): number => i + j * 6 + k * 30;

  it('computes exact statistics, footprint bbox, diameter and face contacts', () => {
    const img = new Int16Array(n);
    const lab = new Uint8Array(n);
    // label 1: a 2x1x1 bar at (1..2, 1, 1) with HU 10 and 30; label 2 right next to it at (3, 1, 1)
    lab[at(1, 1, 1)] = 1; img[at(1, 1, 1)] = 10;
    lab[at(2, 1, 1)] = 1; img[at(2, 1, 1)] = 30;
    lab[at(3, 1, 1)] = 2; img[at(3, 1, 1)] = 99;
    lab[at(5, 4, 3)] = 3; // corner voxel: touches the boundary
    const image: Volume = { geometry, voxels: img, modality: 'CT', unit: 'HU' };
    const labels: Volume = { geometry, voxels: lab, modality: 'SEG', unit: 'label' };
    const [s1, s2, s3] = measureStructures(image, labels, { source: 'test', classes: [{ label: 1, id: 'bar', name: 'Bar', color: [1, 2, 3] }] });
    expect(s1!.id).toBe('bar');
    expect(s2!.id).toBe('label_2');
    expect(s1!.volumeMl).toBeCloseTo((2 * 6) / 1000);
    expect([s1!.mean, s1!.median, s1!.sd, s1!.min, s1!.max]).toEqual([20, 20, 10, 10, 30]);
    // x = 10 - 2i: centres at x=8 and x=6 → centroid 7; footprints span x 5..9
    expect(s1!.centroidLps).toEqual([7, 19, 33]);
    expect(s1!.bboxLps).toEqual({ min: [5, 18.5, 31.5], max: [9, 19.5, 34.5] });
    expect(s1!.extentMm).toEqual([4, 1, 3]);
    expect(s1!.largestDiameterMm).toBeCloseTo(2);
    expect(s1!.touches).toEqual(['label_2']);
    expect(s1!.touchesBoundary).toBe(false);
    expect(s3!.touchesBoundary).toBe(true);
  });

  it('throws GRID_MISMATCH when the labels are on another grid', () => {
    const image: Volume = { geometry, voxels: new Int16Array(n), modality: 'CT', unit: 'HU' };
    const labels: Volume = { geometry: { ...geometry, spacingMm: [1, 1, 1] }, voxels: new Uint8Array(n), modality: 'SEG', unit: 'label' };
    expect(() => measureStructures(image, labels, { source: 'x', classes: [] })).toThrow(expect.objectContaining({ code: 'GRID_MISMATCH' }));
  });
});

describe('ostendo measure errors', () => {
  it('needs --labels', async () => {
    await expect(measureCommand.run({ positional: ['x.nii.gz'], flags: {} }, { stdout: () => {}, stderr: () => {} })).rejects.toMatchObject({ code: 'INVALID_REQUEST' });
  });
  it('rejects a malformed class-map file', async () => {
    const bad = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ostendo-measure-')), 'classes.json');
    fs.writeFileSync(bad, '{"classes": [{"label": "one"}]}');
    const { resolveClassMap } = await import('../../src/main/services/anatomy/resolveClassMap');
    expect(() => resolveClassMap(bad, [1])).toThrow(expect.objectContaining({ code: 'INVALID_LABELS' }));
  });
});
