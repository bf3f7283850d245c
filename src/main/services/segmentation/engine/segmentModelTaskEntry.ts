import type { SegmentModelTaskInput, SegmentModelTaskOutput } from './inferenceTask';

/** Worker task name (registered in services/workers/taskRegistry.ts). */
export const SEGMENT_MODEL_TASK = 'segmentation.runModel';

/**
 * Registry entry for model inference. Loads onnxruntime-node lazily so the other worker tasks
 * (which share the registry) do not pay for the native addon at start-up.
 */
export async function segmentModelTaskEntry(input: SegmentModelTaskInput, report: (fraction: number, message?: string) => void): Promise<SegmentModelTaskOutput> {
  const { segmentModelTask } = await import('./inferenceTask');
  return segmentModelTask(input, report);
}

export const PROBE_PROVIDERS_TASK = 'segmentation.probeProviders';

/** Registry entry for the provider probe (loads onnxruntime-node lazily, like the model task). */
export async function probeProvidersTaskEntry(input: import('./probeProviders').ProbeProvidersInput): Promise<Awaited<ReturnType<typeof import('./probeProviders').probeProvidersTask>>> {
  const { probeProvidersTask } = await import('./probeProviders');
  return probeProvidersTask(input);
}
