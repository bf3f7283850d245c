import type { WorkerTask } from './taskProtocol';
import { builtinSegmentTask } from '../segmentation/builtin/builtinTask';
import { meshStructuresTask } from '../meshing/meshStructures';
import { probeProvidersTaskEntry, segmentModelTaskEntry } from '../segmentation/engine/segmentModelTaskEntry';

/**
 * Every task a worker thread can run, by name. Each service registers its heavy functions here
 * (pure functions over plain data / typed arrays; no Electron, no database).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- task inputs are validated by each task
export const TASKS: Record<string, WorkerTask<any, unknown>> = {
  echo: (input: unknown) => input,
  'segment.builtin': builtinSegmentTask,
  'meshing.meshStructures': meshStructuresTask,
  'segmentation.runModel': segmentModelTaskEntry,
  'segmentation.probeProviders': probeProvidersTaskEntry,
};
