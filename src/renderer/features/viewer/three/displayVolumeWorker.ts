/// <reference lib="webworker" />
import type { Vec3 } from '../../../../shared/domain/geometry';
import type { VoxelData } from '../../../../shared/domain/volume';
import { createBlockAverager, type BlockAverager } from './blockAverage';
import { maskVolume } from './maskVolume';

/** Messages to the worker: begin, then k-slabs in order (transferred copies), then end. */
export type DisplayVolumeRequest =
  | { kind: 'begin'; sizeIjk: Vec3; factors: Vec3; mask: { keepLabels: number[]; outsideValue: number } | null }
  | { kind: 'slab'; k0: number; voxels: VoxelData; labels: VoxelData | null }
  | { kind: 'end' };
export type DisplayVolumeResponse = { ok: true; voxels: Float32Array; min: number; max: number } | { ok: false; message: string };

let averager: BlockAverager | null = null;
let mask: { keepLabels: number[]; outsideValue: number } | null = null;

const reply = (r: DisplayVolumeResponse) => {
  const scope = self as unknown as Worker;
  if (r.ok) scope.postMessage(r, [r.voxels.buffer as ArrayBuffer]);
  else scope.postMessage(r);
};

// the per-voxel loops (mask, block mean, range) run here, off the UI thread
self.onmessage = (e: MessageEvent<DisplayVolumeRequest>) => {
  const m = e.data;
  try {
    if (m.kind === 'begin') {
      averager = createBlockAverager(m.sizeIjk, m.factors);
      mask = m.mask;
    } else if (m.kind === 'slab') {
      if (!averager) throw new Error('Display volume worker: slab before begin');
      const values = mask && m.labels ? maskVolume(m.voxels, m.labels, mask.keepLabels, mask.outsideValue) : m.voxels;
      averager.addSlab(m.k0, values);
    } else {
      if (!averager) throw new Error('Display volume worker: end before begin');
      reply({ ok: true, ...averager.finish() });
      averager = null;
    }
  } catch (err) {
    averager = null;
    reply({ ok: false, message: err instanceof Error ? err.message : String(err) });
  }
};
