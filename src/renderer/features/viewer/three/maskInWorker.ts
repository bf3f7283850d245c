import type { VoxelData } from '../../../../shared/domain/volume';
import type { MaskRequest, MaskResponse } from './maskWorker';

/**
 * Mask a volume to some labels in a Web Worker. The inputs are copied (one typed-array copy each)
 * so the display volume stays usable meanwhile. Rejects with the worker's message on failure.
 */
export function maskInWorker(intensities: VoxelData, labels: VoxelData, keepLabels: number[], outsideValue: number): Promise<VoxelData> {
  const worker = new Worker(new URL('./maskWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<VoxelData>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<MaskResponse>) => {
      worker.terminate();
      if (e.data.ok) resolve(e.data.masked);
      else reject(new Error(e.data.message));
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(`Volume mask worker failed: ${e.message}`));
    };
    const request: MaskRequest = { intensities: intensities.slice(), labels: labels.slice(), keepLabels, outsideValue };
    worker.postMessage(request, [request.intensities.buffer as ArrayBuffer, request.labels.buffer as ArrayBuffer]);
  });
}
