import { voxelCount, type VolumeGeometry } from '../../../../shared/domain/geometry';
import type { VoxelData } from '../../../../shared/domain/volume';
import { createBlockAverager, type AveragedVolume } from './blockAverage';
import { displayGridFor, type DisplayGrid } from './displayGrid';
import type { DisplayVolumeRequest, DisplayVolumeResponse } from './displayVolumeWorker';
import { maskVolume } from './maskVolume';

/** The 3D view's copy of a volume: float voxels on `grid` (maybe reduced) and their range. */
export interface DisplayVolume extends AveragedVolume {
  grid: DisplayGrid;
}

/** Keep only voxels whose label is listed; others become `outsideValue` (below the visible ramp). */
export interface DisplayMask {
  labels: VoxelData;
  keepLabels: number[];
  outsideValue: number;
}

/** Up to this many voxels (4 M, a few ms) the copy is built in the UI thread; a worker's start-up would cost more. */
const IN_THREAD_VOXELS = 1 << 22;
/** Source bytes per message to the worker: each copy is a few ms of UI time, with a yield between. */
const SLAB_BYTES = 8 << 20;

/**
 * Builds the 3D display copy (block means on displayGridFor's grid, optionally masked). Large volumes
 * are streamed to a module worker in k-slabs so the UI thread never copies or loops over the whole
 * volume in one task. Rejects with an AbortError when `signal` aborts (the worker is terminated).
 */
export async function buildDisplayVolume(geometry: VolumeGeometry, voxels: VoxelData, mask: DisplayMask | null, signal: AbortSignal): Promise<DisplayVolume> {
  if (mask && mask.labels.length !== voxels.length) {
    throw new Error(`The label map has ${mask.labels.length} voxels, the volume ${voxels.length}: not the same grid`);
  }
  const grid = displayGridFor(geometry);
  if (voxelCount(geometry) <= IN_THREAD_VOXELS) {
    const averager = createBlockAverager(geometry.sizeIjk, grid.factors);
    averager.addSlab(0, mask ? maskVolume(voxels, mask.labels, mask.keepLabels, mask.outsideValue) : voxels);
    return { grid, ...averager.finish() };
  }
  try {
    return { grid, ...(await averageInWorker(geometry, grid, voxels, mask, signal)) };
  } catch (e) {
    if (signal.aborted) throw e;
    // A worker that cannot start (a packaged app's file:// origin may refuse module workers) must not cost the
    // 3D view: fall back to the same slabs in this thread, yielding between them.
    console.warn(`3D display copy falls back to the UI thread: ${e instanceof Error ? e.message : String(e)}`);
    return { grid, ...(await averageInThisThread(geometry, grid, voxels, mask, signal)) };
  }
}

async function averageInThisThread(geometry: VolumeGeometry, grid: DisplayGrid, voxels: VoxelData, mask: DisplayMask | null, signal: AbortSignal): Promise<AveragedVolume> {
  const averager = createBlockAverager(geometry.sizeIjk, grid.factors);
  const [nx, ny, nz] = geometry.sizeIjk;
  const slices = slabSlices(geometry, grid, voxels);
  for (let k0 = 0; k0 < nz; k0 += slices) {
    signal.throwIfAborted();
    const range = [k0 * nx * ny, Math.min(nz, k0 + slices) * nx * ny] as const;
    const part = voxels.subarray(...range);
    averager.addSlab(k0, mask ? maskVolume(part, mask.labels.subarray(...range), mask.keepLabels, mask.outsideValue) : part);
    await new Promise((r) => setTimeout(r, 0));
  }
  return averager.finish();
}

/** Whole k-blocks per slab of about SLAB_BYTES, so each slab completes whole output layers. */
function slabSlices(geometry: VolumeGeometry, grid: DisplayGrid, voxels: VoxelData): number {
  const [nx, ny] = geometry.sizeIjk;
  const fk = grid.factors[2];
  const sliceBytes = nx * ny * voxels.BYTES_PER_ELEMENT;
  return fk * Math.max(1, Math.floor(SLAB_BYTES / (sliceBytes * fk)));
}

async function averageInWorker(geometry: VolumeGeometry, grid: DisplayGrid, voxels: VoxelData, mask: DisplayMask | null, signal: AbortSignal): Promise<AveragedVolume> {
  signal.throwIfAborted();
  const worker = new Worker(new URL('./displayVolumeWorker.ts', import.meta.url), { type: 'module' });
  const post = (m: DisplayVolumeRequest, transfer: Transferable[] = []) => worker.postMessage(m, transfer);
  let settled = false;
  const done = new Promise<AveragedVolume>((resolve, reject) => {
    const finish = (fn: () => void) => {
      settled = true;
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
      fn();
    };
    const onAbort = () => finish(() => reject(signal.reason));
    signal.addEventListener('abort', onAbort);
    worker.onmessage = (e: MessageEvent<DisplayVolumeResponse>) => {
      const r = e.data;
      finish(() => (r.ok ? resolve(r) : reject(new Error(r.message))));
    };
    worker.onerror = (e) => finish(() => reject(new Error(`3D volume worker failed: ${e.message}`)));
  });
  const [nx, ny, nz] = geometry.sizeIjk;
  // whole k-blocks per message, so the worker can finish layers as they arrive
  const slices = slabSlices(geometry, grid, voxels);
  post({ kind: 'begin', sizeIjk: geometry.sizeIjk, factors: grid.factors, mask: mask && { keepLabels: mask.keepLabels, outsideValue: mask.outsideValue } });
  for (let k0 = 0; k0 < nz && !settled; k0 += slices) {
    const range = [k0 * nx * ny, Math.min(nz, k0 + slices) * nx * ny] as const;
    // slice() copies just this slab; posting a subarray would clone the whole underlying buffer
    const part = voxels.slice(...range);
    const labels = mask ? mask.labels.slice(...range) : null;
    post({ kind: 'slab', k0, voxels: part, labels }, labels ? [part.buffer, labels.buffer] : [part.buffer]);
    await new Promise((r) => setTimeout(r, 0)); // yield: input and rendering run between slabs
  }
  if (!settled) post({ kind: 'end' });
  return done;
}
