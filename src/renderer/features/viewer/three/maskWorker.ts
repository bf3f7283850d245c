/// <reference lib="webworker" />
import type { VoxelData } from '../../../../shared/domain/volume';
import { maskVolume } from './maskVolume';

/** Request: the volume and label voxels (transferred copies), the labels to keep and the fill value. */
export interface MaskRequest {
  intensities: VoxelData;
  labels: VoxelData;
  keepLabels: number[];
  outsideValue: number;
}
export type MaskResponse = { ok: true; masked: VoxelData } | { ok: false; message: string };

// the per-voxel loop runs here, off the UI thread
self.onmessage = (e: MessageEvent<MaskRequest>) => {
  const { intensities, labels, keepLabels, outsideValue } = e.data;
  try {
    const masked = maskVolume(intensities, labels, keepLabels, outsideValue);
    const reply: MaskResponse = { ok: true, masked };
    (self as unknown as Worker).postMessage(reply, [masked.buffer as ArrayBuffer]);
  } catch (err) {
    const reply: MaskResponse = { ok: false, message: err instanceof Error ? err.message : String(err) };
    (self as unknown as Worker).postMessage(reply);
  }
};
