import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as ort from 'onnxruntime-node';
import { readModelPackage } from '../../src/main/services/segmentation/models/modelPackage';
import { segmentWithModelPackage } from '../../src/main/services/segmentation/engine/segmentationEngine';
import { DIRECTIONS, dice, grid, makePhantom, type PhantomParams } from './enginePhantom';

const repoRoot = path.resolve(__dirname, '../..');
const pkgDir = path.join(repoRoot, 'models/test-unet');
const pkg = readModelPackage(pkgDir);

/** Organ well to the patient's LEFT (+x in LPS): a left/right mix-up anywhere in the pipeline fails its Dice. */
const leftOrgan: PhantomParams = {
  a: 62, b: 48, c: 220, ra: 49.6, rb: 38.4, t: 12, ox: 14, oy: -4, oz: 5, sa: 14, sb: 11, sc: 24,
  soft: 30, organ: 140, bone: 650, noise: 15,
};

describe('segmentation engine with the test U-Net (worker-hosted onnxruntime)', () => {
  const cases = [
    { name: 'LPS axial grid, 1.2 x 1.2 x 3 mm', geometry: grid([108, 86, 30], [1.2, 1.2, 3], DIRECTIONS.LPS!) },
    { name: 'permuted + flipped axes, anisotropic 2 x 0.9 x 1.1 mm', geometry: grid([40, 140, 100], [2, 0.9, 1.1], DIRECTIONS.permuted!) },
  ];
  for (const c of cases) {
    it(`reaches Dice >= 0.9 per class on a new phantom: ${c.name}`, async () => {
      const phantom = makePhantom(c.geometry, leftOrgan, 11);
      const progress: number[] = [];
      const result = await segmentWithModelPackage(phantom.image, pkg, { provider: 'cpu', threads: 2, onProgress: (f) => progress.push(f) });
      expect(result.labels.geometry).toEqual(phantom.image.geometry);
      expect(result.labels.voxels).toBeInstanceOf(Uint8Array);
      expect(result.provenance.provider).toBe('cpu');
      expect(result.provenance.modelId).toBe('test-unet');
      expect(progress.at(-1)).toBe(1);
      const scores = [1, 2, 3].map((v) => dice(result.labels.voxels, phantom.truth, v));
      console.log(`${c.name}: Dice soft/organ/bone = ${scores.map((s) => s.toFixed(3)).join(' / ')}, ${result.provenance.seconds.toFixed(1)} s, model grid ${result.provenance.modelGridSizeIjk.join('x')}`);
      for (const s of scores) expect(s).toBeGreaterThanOrEqual(0.9);
    });
  }

  it('matches a direct single-patch onnxruntime run where only one window covers the image', async () => {
    // A grid already in model space (RAS, 1.5 mm): no resampling, so the engine's blended logits in the corner
    // that only the first window covers must equal the network's raw output on that patch.
    const size = [48, 40, 40] as [number, number, number];
    const phantom = makePhantom(grid(size, [1.5, 1.5, 1.5], DIRECTIONS.RAS!), leftOrgan, 5);
    const result = await segmentWithModelPackage(phantom.image, pkg, { provider: 'cpu', keepBlended: true });
    expect(result.provenance.modelGridSizeIjk).toEqual(size);
    const blended = result.blended!;
    const norm = pkg.manifest.input.normalisation;
    if (norm.kind !== 'ct-clip-zscore') throw new Error('test-unet uses ct-clip-zscore');
    const P = 32;
    const patch = new Float32Array(P * P * P);
    for (let k = 0; k < P; k++) for (let j = 0; j < P; j++) for (let i = 0; i < P; i++) {
      const v = phantom.image.voxels[i + j * size[0] + k * size[0] * size[1]]!;
      patch[i + j * P + k * P * P] = (Math.min(norm.clipHigh, Math.max(norm.clipLow, v)) - norm.mean) / norm.std;
    }
    const session = await ort.InferenceSession.create(path.join(pkgDir, 'test-unet.onnx'), { executionProviders: ['cpu'] });
    const out = await session.run({ image: new ort.Tensor('float32', patch, [1, 1, P, P, P]) });
    await session.release();
    const direct = out.logits!.data as Float32Array;
    const N = size[0] * size[1] * size[2];
    let maxDiff = 0;
    let compared = 0;
    // windows start at i = 0, 16 and j, k = 0, 8: voxels with i < 16, j < 8, k < 8 see only the first window
    for (let c = 0; c < 4; c++) for (let k = 0; k < 8; k++) for (let j = 0; j < 8; j++) for (let i = 0; i < 16; i++) {
      const engine = blended[c * N + i + j * size[0] + k * size[0] * size[1]]!;
      const raw = direct[c * P * P * P + i + j * P + k * P * P]!;
      maxDiff = Math.max(maxDiff, Math.abs(engine - raw));
      compared++;
    }
    expect(compared).toBe(4 * 8 * 8 * 16);
    expect(maxDiff).toBeLessThan(1e-3);
  });

  it('reports cancellation as CANCELLED and stops the worker', async () => {
    const phantom = makePhantom(grid([108, 86, 30], [1.2, 1.2, 3], DIRECTIONS.LPS!), leftOrgan, 3);
    const controller = new AbortController();
    const run = segmentWithModelPackage(phantom.image, pkg, {
      provider: 'cpu',
      signal: controller.signal,
      onProgress: (f) => { if (f > 0.1) controller.abort(); },
    });
    await expect(run).rejects.toMatchObject({ code: 'CANCELLED' });
  });

  it('refuses a forced provider that cannot start, with the reason', async () => {
    const phantom = makePhantom(grid([20, 20, 10], [1.5, 1.5, 1.5], DIRECTIONS.LPS!), leftOrgan, 3);
    const hasCuda = fs.existsSync(path.join(repoRoot, 'node_modules/onnxruntime-node/bin/napi-v6/linux/x64/libonnxruntime_providers_cuda.so'));
    if (hasCuda) return; // a CUDA machine would legitimately start it
    await expect(segmentWithModelPackage(phantom.image, pkg, { provider: 'cuda' })).rejects.toMatchObject({ code: 'PROVIDER_UNAVAILABLE', message: expect.stringContaining('cuda') });
  });

  it('falls back provider by provider and reports the one that ran', async () => {
    const phantom = makePhantom(grid([20, 20, 10], [1.5, 1.5, 1.5], DIRECTIONS.LPS!), leftOrgan, 3);
    const result = await segmentWithModelPackage(phantom.image, pkg, {});
    expect(['cpu', 'cuda', 'webgpu', 'dml', 'coreml']).toContain(result.provenance.provider);
    for (const s of result.provenance.skippedProviders) expect(s.reason.length).toBeGreaterThan(0);
    if (result.provenance.provider === 'cpu' && process.platform === 'linux') {
      expect(result.provenance.skippedProviders.map((s) => s.provider)).toEqual(['cuda', 'webgpu']);
    }
  });
});
