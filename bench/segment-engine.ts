/**
 * Segmentation engine benchmark: the test U-Net through Ostendo's engine (onnxruntime-node in a child process, Gaussian
 * sliding window) versus the same network and weights in PyTorch (CPU, same threads, same normalised input,
 * same windows), in one run. Prints seconds, the ratio, sliding-window voxels/second, label agreement, and peak RSS.
 * Run: npm run bench -- segment-engine   (or npx tsx bench/segment-engine.ts)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { readModelPackage } from '../src/main/services/segmentation/models/modelPackage';
import { segmentWithModelPackage } from '../src/main/services/segmentation/engine/segmentationEngine';
import { planModelGrid } from '../src/main/services/segmentation/pipeline/modelGrid';
import { intensityMap } from '../src/main/services/segmentation/pipeline/normalise';
import { sampleToModelGrid } from '../src/main/services/segmentation/pipeline/resample';
import { runModelPipeline } from '../src/main/services/segmentation/pipeline/runModelPipeline';
import { keepLargestComponents } from '../src/main/services/segmentation/pipeline/largestComponent';
import { DIRECTIONS, grid, makePhantom, type PhantomParams } from '../tests/segmentation/enginePhantom';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const params: PhantomParams = {
  a: 70, b: 55, c: 260, ra: 56, rb: 44, t: 12, ox: 15, oy: -5, oz: 0, sa: 18, sb: 14, sc: 30, soft: 30, organ: 140, bone: 650, noise: 15,
};

export async function runSpeed(): Promise<void> {
  const threads = Math.max(1, Math.min(os.cpus().length, 2));
  const pkg = readModelPackage(path.join(repoRoot, 'models/test-unet'));
  // input already on the model grid (RAS, 1.5 mm) so both sides run exactly the same windows
  const size: [number, number, number] = [128, 112, 64];
  const phantom = makePhantom(grid(size, [1.5, 1.5, 1.5], DIRECTIONS.RAS!), params, 1);
  const voxels = size[0] * size[1] * size[2];

  const rssBefore = process.resourceUsage().maxRSS;
  const t0 = performance.now();
  const engine = await segmentWithModelPackage(phantom.image, pkg, { provider: 'cpu', threads });
  const engineSeconds = (performance.now() - t0) / 1000;
  const engineRssKiB = process.resourceUsage().maxRSS;

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ostendo-bench-'));
  try {
    const g = planModelGrid(phantom.image.geometry, 'RAS', [1.5, 1.5, 1.5]);
    const norm = sampleToModelGrid(phantom.image.voxels, size, g, intensityMap(pkg.manifest.input.normalisation, phantom.image.voxels));
    fs.writeFileSync(path.join(tmp, 'image.f32'), Buffer.from(norm.buffer, norm.byteOffset, norm.byteLength));
    const line = execFileSync('/usr/bin/python3', [path.join(repoRoot, 'scripts/testnet/bench_torch.py'), path.join(tmp, 'image.f32'), ...size.map(String), String(threads), path.join(tmp, 'labels.u8')], { encoding: 'utf8' });
    const torch = JSON.parse(line.trim().split('\n').at(-1)!) as { seconds: number; windows: number; maxRssKiB: number };
    const torchLabels = new Uint8Array(fs.readFileSync(path.join(tmp, 'labels.u8')));
    // the engine applies the package's largest-component clean-up; give the peer's labels the same step
    const organ = pkg.manifest.labels.filter((l) => pkg.manifest.postprocessing.largestComponent.includes(l.id)).map((l) => l.value);
    keepLargestComponents(torchLabels, size, new Set(organ));
    let same = 0;
    for (let n = 0; n < voxels; n++) if (torchLabels[n] === engine.labels.voxels[n]) same++;

    console.log(`segment-engine bench: test U-Net, ${size.join('x')} voxels at 1.5 mm (${(voxels / 1e6).toFixed(2)} M), ${torch.windows} windows of 32^3, ${threads} threads, provider ${engine.provenance.provider}`);
    console.log(`  Ostendo engine (child process + onnxruntime-node, whole job incl. process start):${engineSeconds.toFixed(2)} s  -> ${(voxels / engineSeconds / 1e6).toFixed(2)} M voxels/s`);
    console.log(`  PyTorch 1.13 peer (sliding window only, same windows, flush denormals):${torch.seconds.toFixed(2)} s  -> ${(voxels / torch.seconds / 1e6).toFixed(2)} M voxels/s`);
    console.log(`  ratio engine / PyTorch: ${(engineSeconds / torch.seconds).toFixed(2)}x   label agreement: ${((100 * same) / voxels).toFixed(3)} %`);
    console.log(`  peak RSS: engine process ${(engineRssKiB / 1024).toFixed(0)} MiB (before run ${(rssBefore / 1024).toFixed(0)} MiB), PyTorch process ${(torch.maxRssKiB / 1024).toFixed(0)} MiB`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Memory on a big CT: 512 x 512 x 600 (0.8 x 0.8 x 1 mm) through the real pipeline (resample, normalise, sliding
 * window, argmax, back-resample) with a TotalSegmentator-sized head (25 channels, 128^3 patches). The network is a
 * pointwise stand-in computed in TypeScript so the run measures the pipeline's memory, not inference speed.
 */
export async function runMemory(): Promise<void> {
  const size: [number, number, number] = [512, 512, 600];
  const voxels = new Int16Array(size[0] * size[1] * size[2]);
  for (let n = 0; n < voxels.length; n++) voxels[n] = ((n * 2654435761) >>> 20) % 2000 - 1000;
  const channels = 25;
  const manifest = readModelPackage(path.join(repoRoot, 'models/test-unet')).manifest;
  const big = {
    ...manifest,
    inference: { ...manifest.inference, patchSizeVoxels: [128, 128, 128] as [number, number, number] },
    parts: [{ ...manifest.parts[0]!, channels, labels: { '1': 'phantom_soft_tissue', '2': 'phantom_organ', '3': 'phantom_bone' } }],
    postprocessing: { largestComponent: [] },
  };
  const rssStart = process.memoryUsage().rss;
  const t0 = performance.now();
  let windows = 0;
  const result = await runModelPipeline({
    geometry: { sizeIjk: size, spacingMm: [0.8, 0.8, 1], originLps: [0, 0, 0], direction: DIRECTIONS.LPS! },
    voxels,
    manifest: big,
    openPart: async () => ({
      provider: 'pointwise stand-in',
      release: async () => undefined,
      run: async (patch) => {
        windows++;
        const out = new Float32Array(channels * patch.length);
        for (let c = 1; c < 4; c++) for (let n = 0; n < patch.length; n++) out[c * patch.length + n] = -Math.abs(patch[n]! - (c - 2));
        return out;
      },
    }),
  });
  const seconds = (performance.now() - t0) / 1000;
  const g = result.modelGrid.sizeIjk;
  const modelVoxels = g[0] * g[1] * g[2];
  const slabMiB = (channels * 128 * Math.max(g[0], 128) * Math.max(g[1], 128) * 4) / 2 ** 20;
  console.log(`memory bench: 512x512x600 int16 CT (${((voxels.byteLength) / 2 ** 20).toFixed(0)} MiB) -> model grid ${g.join('x')}, ${channels} channels, 128^3 patches, ${windows} windows, ${seconds.toFixed(1)} s`);
  console.log(`  RSS high-water ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (process RSS at start of this run ${(rssStart / 2 ** 20).toFixed(0)} MiB, input included)`);
  console.log(`  slab accumulator bound ${slabMiB.toFixed(0)} MiB; whole-volume per-class float32 would be ${((channels * modelVoxels * 4) / 2 ** 20).toFixed(0)} MiB at model resolution, ${((channels * voxels.length * 4) / 2 ** 20).toFixed(0)} MiB at input resolution`);
}

/** Both sections: engine vs PyTorch speed, then big-volume memory. */
export async function run(): Promise<void> {
  await runSpeed();
  await runMemory();
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await run();
