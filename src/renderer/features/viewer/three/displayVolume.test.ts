import { describe, expect, it, vi } from 'vitest';
import type { VolumeGeometry } from '../../../../shared/domain/geometry';
import { createBlockAverager } from './blockAverage';
import { buildDisplayVolume } from './displayVolume';
import { displayGridFor } from './displayGrid';

describe('buildDisplayVolume', () => {
  it('falls back to slabs in this thread when no worker can start, with the same result', async () => {
    // 512x512x40 int16 (10 M voxels): above the in-thread limit, so the worker path is tried first; in Node there is
    // no Web Worker, exactly like a packaged app whose origin refuses module workers
    const geometry: VolumeGeometry = { sizeIjk: [512, 512, 40], spacingMm: [0.7, 0.7, 1], originLps: [0, 0, 0], direction: [1, 0, 0, 0, 1, 0, 0, 0, 1] };
    const voxels = new Int16Array(512 * 512 * 40);
    for (let n = 0; n < voxels.length; n++) voxels[n] = (n * 7919) % 3000 - 1000;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await buildDisplayVolume(geometry, voxels, null, new AbortController().signal);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('falls back to the UI thread'));
    warn.mockRestore();

    const grid = displayGridFor(geometry);
    const reference = createBlockAverager(geometry.sizeIjk, grid.factors);
    reference.addSlab(0, voxels);
    const expected = reference.finish();
    expect(result.grid).toEqual(grid);
    expect(result.min).toBe(expected.min);
    expect(result.max).toBe(expected.max);
    expect(result.voxels).toEqual(expected.voxels);
  });

  it('stops when aborted during the fallback', async () => {
    const geometry: VolumeGeometry = { sizeIjk: [512, 512, 40], spacingMm: [1, 1, 1], originLps: [0, 0, 0], direction: [1, 0, 0, 0, 1, 0, 0, 0, 1] };
    const controller = new AbortController();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const pending = buildDisplayVolume(geometry, new Int16Array(512 * 512 * 40), null, controller.signal);
    controller.abort();
    await expect(pending).rejects.toBeDefined();
    warn.mockRestore();
  });
});
