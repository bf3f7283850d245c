import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { writeVolumeFile } from '../../src/main/services/imaging/volumeFiles';
import { segmentToFile, BUILTIN_PROVIDER } from '../../src/main/services/segmentation/segmentService';
import { segmentCommand } from '../../src/main/cli/commands/segment';
import { modelsCommand } from '../../src/main/cli/commands/models';
import type { ModelsDocument } from '../../src/main/services/segmentation/models/listModels';
import type { SegmentResultDocument } from '../../src/main/services/segmentation/segmentService';
import type { CliIo } from '../../src/main/cli/command';
import { DIRECTIONS, grid, makePhantom, type PhantomParams } from './enginePhantom';

const repoRoot = path.resolve(__dirname, '../..');
const ctDir = path.resolve(repoRoot, '../shared/data/ct-abdomen-3mm');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ostendo-segment-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const leftOrgan: PhantomParams = {
  a: 62, b: 48, c: 220, ra: 49.6, rb: 38.4, t: 12, ox: 16, oy: 0, oz: 0, sa: 14, sb: 11, sc: 24, soft: 30, organ: 140, bone: 650, noise: 15,
};

function capture(): { io: CliIo; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (t) => out.push(t), stderr: (t) => err.push(t) }, out, err };
}

/** nibabel (independent of our geometry code): RAS world centroid of a label and the affine. */
function nibabelCentroid(file: string, labels: number[]): { centroidRas: number[]; affine: number[][] } {
  const script = `
import json, sys, nibabel as nib, numpy as np
img = nib.load(sys.argv[1]); d = np.asarray(img.dataobj)
ijk = np.argwhere(np.isin(d, ${JSON.stringify(labels)}))
ras = nib.affines.apply_affine(img.affine, ijk)
print(json.dumps({"centroidRas": ras.mean(0).tolist(), "affine": img.affine.tolist()}))`;
  return JSON.parse(execFileSync('/usr/bin/python3', ['-c', script, file], { encoding: 'utf8' })) as { centroidRas: number[]; affine: number[][] };
}

describe('ostendo segment (service + command)', () => {
  // RAS on disk with i reversed relative to the model would be too easy; use the permuted grid
  const phantom = makePhantom(grid([40, 120, 90], [2, 0.9, 1.1], DIRECTIONS.permuted!), leftOrgan, 21);
  const imageFile = path.join(tmp, 'phantom.nii.gz');

  it('writes labels on the input grid, with the organ on the patient left per nibabel', async () => {
    await writeVolumeFile(imageFile, phantom.image);
    const out = path.join(tmp, 'labels.nii.gz');
    const { document } = await segmentToFile({ input: imageFile, model: 'test-unet', out, provider: 'cpu' });
    expect(document).toMatchObject({ model: 'test-unet', provider: 'cpu', output: out });
    expect(document.structures).toEqual([{ label: 1, id: 'phantom_soft_tissue' }, { label: 2, id: 'phantom_organ' }, { label: 3, id: 'phantom_bone' }]);
    const organ = nibabelCentroid(out, [2]);
    const body = nibabelCentroid(out, [1, 2, 3]);
    expect(organ.affine).toEqual(nibabelCentroid(imageFile, [-1000]).affine.map((r) => r.map((v) => expect.closeTo(v, 4))));
    // LPS +16 mm (patient left) is RAS x = -16 mm relative to the body centre; within one voxel (2 mm), since
    // onnxruntime's multithreaded sums may flip a few boundary voxels from run to run
    expect(Math.abs(organ.centroidRas[0]! - body.centroidRas[0]! - -16)).toBeLessThan(2);
  });

  it('prints exactly one JSON document with --json', async () => {
    const { io, out } = capture();
    const labels = path.join(tmp, 'cli.nii.gz');
    const code = await segmentCommand.run({ positional: [imageFile], flags: { model: 'test-unet', out: labels, provider: 'cpu', json: true } }, io);
    expect(code).toBe(0);
    expect(out).toHaveLength(1);
    const doc = JSON.parse(out[0]!) as SegmentResultDocument;
    expect(Object.keys(doc).sort()).toEqual(['model', 'output', 'provider', 'seconds', 'structures']);
    expect(doc.seconds).toBeGreaterThan(0);
    expect(fs.existsSync(labels)).toBe(true);
  });

  it('dispatches builtin:NAME to the built-in segmenters', async () => {
    const { document } = await segmentToFile({ input: imageFile, model: 'builtin:body', out: path.join(tmp, 'body.nii.gz') });
    expect(document.provider).toBe(BUILTIN_PROVIDER);
    expect(document.model).toBe('builtin:body');
    expect(document.structures.length).toBeGreaterThan(0);
  });

  it('segments a library series through the injected loader', async () => {
    let asked = '';
    const { document } = await segmentToFile({
      input: 'se_0123abcd', model: 'test-unet', out: path.join(tmp, 'series.nii.gz'), provider: 'cpu',
      loadSeriesVolume: async (id) => { asked = id; return phantom.image; },
    });
    expect(asked).toBe('se_0123abcd');
    expect(document.structures).toHaveLength(3);
  });

  it('fails with specific codes', async () => {
    await expect(segmentToFile({ input: imageFile, model: 'no-such-model', out: path.join(tmp, 'x.nii.gz') })).rejects.toMatchObject({ code: 'MODEL_NOT_FOUND' });
    await expect(segmentToFile({ input: imageFile, model: 'builtin:kidneys', out: path.join(tmp, 'x.nii.gz') })).rejects.toMatchObject({ code: 'MODEL_NOT_FOUND' });
    await expect(segmentToFile({ input: imageFile, model: 'test-unet', out: path.join(tmp, 'x.nii.gz'), provider: 'tpu' })).rejects.toMatchObject({ code: 'PROVIDER_UNAVAILABLE' });
    await expect(segmentToFile({ input: imageFile, model: 'test-unet', out: path.join(tmp, 'x.png') })).rejects.toMatchObject({ code: 'UNSUPPORTED_FILE' });
    await expect(segmentToFile({ input: 'se_missing', model: 'test-unet', out: path.join(tmp, 'x.nii.gz') })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('ostendo models', () => {
  it('lists the test package, the built-ins and the providers that start', async () => {
    const { io, out } = capture();
    expect(await modelsCommand.run({ positional: [], flags: { json: true, verify: true } }, io)).toBe(0);
    expect(out).toHaveLength(1);
    const doc = JSON.parse(out[0]!) as ModelsDocument;
    const testNet = doc.models.find((m) => m.id === 'test-unet');
    expect(testNet).toMatchObject({ kind: 'onnx', valid: true, modality: 'CT', licence: { name: 'Apache-2.0' } });
    expect(doc.models.filter((m) => m.kind === 'builtin').map((m) => m.id)).toContain('builtin:bones');
    expect(doc.providers.find((p) => p.provider === 'cpu')).toMatchObject({ available: true });
    for (const p of doc.providers.filter((p) => !p.available)) expect(p.reason).toBeTruthy();
  });

  it('reports a broken package in a user folder as refused, with the reason', async () => {
    const dir = path.join(tmp, 'user-models', 'broken');
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ format: 'ostendo-model-package/1', id: 'broken' }));
    const { io, out } = capture();
    await modelsCommand.run({ positional: [], flags: { json: true, 'models-dir': path.join(tmp, 'user-models') } }, io);
    const doc = JSON.parse(out[0]!) as ModelsDocument;
    const broken = doc.models.find((m) => m.dir === dir);
    expect(broken).toMatchObject({ valid: false });
    expect(broken!.problem).toMatch(/invalid manifest/);
  });
});

describe.skipIf(!fs.existsSync(ctDir))('real CT (shared data ct-abdomen-3mm)', () => {
  it('writes the label map on the exact grid of the RAS-stored input (nibabel affine)', async () => {
    const input = path.join(ctDir, 'ct.nii.gz');
    const out = path.join(tmp, 'real.nii.gz');
    const { document } = await segmentToFile({ input, model: 'test-unet', out, provider: 'cpu' });
    expect(document.provider).toBe('cpu');
    const a = nibabelCentroid(input, [-1024]).affine;
    const b = nibabelCentroid(out, [0]).affine;
    for (let r = 0; r < 4; r++) for (let c = 0; c < 4; c++) expect(b[r]![c]).toBeCloseTo(a[r]![c]!, 3);
  });
});
