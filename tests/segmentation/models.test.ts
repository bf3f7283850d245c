import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { modelManifestSchema, type ModelManifest } from '../../src/main/services/segmentation/models/manifestSchema';
import { discoverModelPackages, findModelPackage, readModelPackage, sha256OfFile } from '../../src/main/services/segmentation/models/modelPackage';
import { segmentWithModelPackage } from '../../src/main/services/segmentation/engine/segmentationEngine';
import type { Volume } from '../../src/shared/domain/volume';

const repoRoot = path.resolve(__dirname, '../..');
const examplePath = path.join(repoRoot, 'models/examples/totalsegmentator-total/manifest.json');
const anatomyDir = path.resolve(repoRoot, '../shared/data/anatomy');
const python = '/usr/bin/python3';
const hasTorch = ((): boolean => {
  try {
    execFileSync(python, ['-c', 'import torch, onnx'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ostendo-models-'));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function copyPackage(from: string, name: string): string {
  const dir = path.join(tmp, name, 'pkg');
  fs.mkdirSync(dir, { recursive: true });
  for (const f of fs.readdirSync(from)) fs.copyFileSync(path.join(from, f), path.join(dir, f));
  return path.dirname(dir);
}

describe('TotalSegmentator total example manifest', () => {
  const manifest: ModelManifest = modelManifestSchema.parse(JSON.parse(fs.readFileSync(examplePath, 'utf8')));

  it('describes five 1.5 mm nnU-Net parts that together name 117 structures once each', () => {
    expect(manifest.parts.map((p) => p.name)).toEqual(['organs', 'vertebrae', 'cardiac', 'muscles', 'ribs']);
    expect(manifest.input.spacingMm).toEqual([1.5, 1.5, 1.5]);
    const named = manifest.parts.flatMap((p) => Object.values(p.labels));
    expect(named).toHaveLength(117);
    expect(new Set(named).size).toBe(117);
    expect(manifest.labels).toHaveLength(117);
    for (const p of manifest.parts) expect(p.channels).toBe(Object.keys(p.labels).length + 1);
  });

  it.skipIf(!fs.existsSync(anatomyDir))('maps every part label to the TotalSegmentator total label value (shared data)', () => {
    const parts = JSON.parse(fs.readFileSync(path.join(anatomyDir, 'totalsegmentator-total-5-parts.json'), 'utf8')) as { parts: Record<string, Record<string, string>> };
    const total = (JSON.parse(fs.readFileSync(path.join(anatomyDir, 'totalsegmentator-classes.json'), 'utf8')) as { tasks: { total: Record<string, string> } }).tasks.total;
    const valueOf = new Map(manifest.labels.map((l) => [l.id, l.value]));
    for (const [value, id] of Object.entries(total)) expect(valueOf.get(id)).toBe(Number(value));
    expect(manifest.parts[0]!.labels).toEqual(parts.parts.class_map_part_organs);
    expect(manifest.parts[4]!.labels).toEqual(parts.parts.class_map_part_ribs);
  });

  it('is refused at discovery because its .onnx files are not installed', async () => {
    const found = await discoverModelPackages([path.join(repoRoot, 'models/examples')]);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: 'totalsegmentator-total', valid: false });
    expect(found[0]!.problem).toMatch(/Dataset291_organs\.onnx is missing/);
  });
});

describe('manifest validation', () => {
  const good = JSON.parse(fs.readFileSync(path.join(repoRoot, 'models/test-unet/manifest.json'), 'utf8')) as Record<string, unknown>;
  /** [case, path to change, new value, expected message] */
  const bad: [string, (string | number)[], unknown, RegExp][] = [
    ['orientation naming an axis twice', ['input', 'orientation'], 'RLS', /orientation/],
    ['part using an unlisted file', ['parts', 0, 'file'], 'other.onnx', /not in files/],
    ['part label naming an unknown structure', ['parts', 0, 'labels', '1'], 'nonexistent', /not in labels/],
    ['label index beyond the channels', ['parts', 0, 'labels', '9'], 'phantom_organ', /channels/],
    ['path escaping the package', ['files', 0, 'path'], '../evil.onnx', /inside the package/],
    ['bad sha256', ['files', 0, 'sha256'], 'abc', /sha256/],
    ['clipLow above clipHigh', ['input', 'normalisation', 'clipLow'], 5000, /clipLow/],
  ];
  const setPath = (root: unknown, keys: (string | number)[], value: unknown): void => {
    let node = root as Record<string | number, unknown>;
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
    node[keys.at(-1)!] = value;
  };
  it('accepts the shipped test-unet manifest', () => expect(modelManifestSchema.safeParse(good).success).toBe(true));
  for (const [name, keys, value, message] of bad) {
    it(`rejects a ${name}`, () => {
      const m = structuredClone(good);
      setPath(m, keys, value);
      const r = modelManifestSchema.safeParse(m);
      expect(r.success).toBe(false);
      expect(r.error!.issues.map((i) => i.message).join(' ')).toMatch(message);
    });
  }
});

describe('package file checks', () => {
  const source = path.join(repoRoot, 'models/test-unet');
  it('finds and fully verifies the shipped test-unet', async () => {
    const pkg = await findModelPackage('test-unet', [path.join(repoRoot, 'models')]);
    expect(pkg.manifest.files[0]!.sha256).toBe(await sha256OfFile(path.join(source, 'test-unet.onnx')));
  });
  it('refuses a package whose file was altered (same size, different sha256)', async () => {
    const folder = copyPackage(source, 'altered');
    const file = path.join(folder, 'pkg', 'test-unet.onnx');
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 10] = bytes[bytes.length - 10]! ^ 0xff;
    fs.writeFileSync(file, bytes);
    await expect(findModelPackage('test-unet', [folder])).rejects.toMatchObject({ code: 'MODEL_INVALID', message: expect.stringMatching(/sha256/) });
  });
  it('refuses a truncated copy by size and reports it in discovery', async () => {
    const folder = copyPackage(source, 'truncated');
    const file = path.join(folder, 'pkg', 'test-unet.onnx');
    fs.truncateSync(file, 1000);
    const [status] = await discoverModelPackages([folder]);
    expect(status).toMatchObject({ valid: false, id: 'test-unet' });
    expect(status!.problem).toMatch(/1000 bytes, the manifest says/);
  });
  it('reports an unknown id with the installed ones', async () => {
    await expect(findModelPackage('nope', [path.join(repoRoot, 'models')])).rejects.toMatchObject({ code: 'MODEL_NOT_FOUND', message: expect.stringContaining('test-unet') });
  });
  it('refuses a manifest that is not JSON', async () => {
    const folder = path.join(tmp, 'broken');
    fs.mkdirSync(path.join(folder, 'pkg'), { recursive: true });
    fs.writeFileSync(path.join(folder, 'pkg', 'manifest.json'), '{ nope');
    expect(() => readModelPackage(path.join(folder, 'pkg'))).toThrow(/not valid JSON/);
  });
});

describe.skipIf(!hasTorch)('multi-part package (TotalSegmentator shape, tiny stand-in parts)', () => {
  it('runs every part, maps local labels to global ids and lets later parts win overlaps', async () => {
    const example = modelManifestSchema.parse(JSON.parse(fs.readFileSync(examplePath, 'utf8')));
    const dir = path.join(tmp, 'multi', 'totalseg-standin');
    fs.mkdirSync(dir, { recursive: true });
    const norm = example.input.normalisation;
    if (norm.kind !== 'ct-clip-zscore') throw new Error('expected CT normalisation');
    // cardiac uses its own statistics, as real nnU-Net parts do, to drive per-part normalisation
    const cardiacNorm = { ...norm, mean: 200, std: 100 };
    const z = (hu: number, n: typeof norm): number => (Math.min(n.clipHigh, Math.max(n.clipLow, hu)) - n.mean) / n.std;
    const localOf = (part: string, id: string): string => Object.entries(example.parts.find((p) => p.name === part)!.labels).find(([, v]) => v === id)![0];
    const bands: Record<string, Record<string, number>> = {
      organs: { [localOf('organs', 'liver')]: z(60, norm) },
      vertebrae: { [localOf('vertebrae', 'vertebrae_L1')]: z(400, norm) },
      cardiac: { [localOf('cardiac', 'heart')]: z(200, cardiacNorm) },
      muscles: {},
      ribs: { [localOf('ribs', 'rib_left_1')]: z(400, norm) },
    };
    const spec = { parts: example.parts.map((p) => ({ path: path.join(dir, p.file), channels: p.channels, bands: bands[p.name]!, halfWidth: 40 / (p.name === 'cardiac' ? cardiacNorm.std : norm.std) })) };
    fs.writeFileSync(path.join(tmp, 'spec.json'), JSON.stringify(spec));
    execFileSync(python, [path.join(repoRoot, 'scripts/testnet/make-standin-parts.py'), path.join(tmp, 'spec.json')], { stdio: 'ignore' });
    const manifest: ModelManifest = {
      ...example,
      id: 'totalseg-standin',
      inference: { ...example.inference, patchSizeVoxels: [24, 24, 24] },
      files: await Promise.all(example.files.map(async (f) => ({ path: f.path, sha256: await sha256OfFile(path.join(dir, f.path)), bytes: fs.statSync(path.join(dir, f.path)).size }))),
      parts: example.parts.map((p) => (p.name === 'cardiac' ? { ...p, normalisation: cardiacNorm } : p)),
    };
    fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest));
    const pkg = await findModelPackage('totalseg-standin', [path.dirname(dir)]);

    // 40 x 30 x 20 voxels at 2 mm (LPS): three blocks along i with HU 60, 200, 400, air elsewhere
    const size = [40, 30, 20] as const;
    const voxels = new Int16Array(size[0] * size[1] * size[2]).fill(-1000);
    const blockHu = (i: number): number | undefined => (i >= 4 && i < 14 ? 60 : i >= 16 && i < 26 ? 200 : i >= 28 && i < 38 ? 400 : undefined);
    for (let k = 4; k < 16; k++) for (let j = 5; j < 25; j++) for (let i = 0; i < size[0]; i++) {
      const hu = blockHu(i);
      if (hu !== undefined) voxels[i + j * size[0] + k * size[0] * size[1]] = hu;
    }
    const image: Volume = { geometry: { sizeIjk: [...size], spacingMm: [2, 2, 2], originLps: [0, 0, 0], direction: [1, 0, 0, 0, 1, 0, 0, 0, 1] }, voxels, modality: 'CT', unit: 'HU' };
    const progress: string[] = [];
    const result = await segmentWithModelPackage(image, pkg, { provider: 'cpu', onProgress: (_f, m) => m && progress.push(m) });
    const valueOf = new Map(manifest.labels.map((l) => [l.id, l.value]));
    const at = (i: number, j: number, k: number): number => result.labels.voxels[i + j * size[0] + k * size[0] * size[1]]!;
    // block interiors (2 voxels from edges, away from trilinear mixing)
    expect(at(8, 15, 10)).toBe(valueOf.get('liver'));
    expect(at(20, 15, 10)).toBe(valueOf.get('heart'));
    expect(at(32, 15, 10)).toBe(valueOf.get('rib_left_1')); // ribs (part 5) overwrite vertebrae (part 2)
    expect(at(8, 15, 1)).toBe(0);
    expect(result.classMap.classes).toHaveLength(117);
    for (const name of ['organs', 'vertebrae', 'cardiac', 'muscles', 'ribs']) expect(progress.some((m) => m.startsWith(`${name}:`))).toBe(true);
  });
});
