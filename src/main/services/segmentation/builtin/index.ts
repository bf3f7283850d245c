import type { ClassMap } from '../../../../shared/domain/labels';
import type { Volume } from '../../../../shared/domain/volume';
import { OstendoError } from '../../../../shared/errors';
import { runInWorker } from '../../workers/runInWorker';
import type { BuiltinTaskInput, BuiltinTaskOutput } from './builtinTask';
import { BUILTIN_STRUCTURES, isBuiltinSegmenterId, type BuiltinSegmenterId } from './segmentBuiltin';

export { BUILTIN_SEGMENTER_IDS, type BuiltinSegmenterId } from './segmentBuiltin';

export interface BuiltinSegmenterInfo {
  id: BuiltinSegmenterId;
  name: string;
  description: string;
  structures: string[];
  modality: 'CT';
}

/** Segmenters that need no model file: thresholds, morphology and connectivity on a CT in HU. */
export const BUILTIN_SEGMENTERS: BuiltinSegmenterInfo[] = [
  { id: 'builtin:body', name: 'Body', description: 'Patient body without table and blanket (> -500 HU, opened, largest component, holes filled).', structures: BUILTIN_STRUCTURES['builtin:body'], modality: 'CT' },
  { id: 'builtin:bones', name: 'Bones', description: 'All bone, cortex and marrow (hysteresis 200/90 HU inside the body; contrast-vessel shapes, round uniform lumens such as an aorta touching the spine, and dense structures deep in the visceral cavity rejected).', structures: BUILTIN_STRUCTURES['builtin:bones'], modality: 'CT' },
  { id: 'builtin:lungs', name: 'Lungs', description: 'Left and right lung (air < -400 HU inside the body, airways and bowel gas excluded, split by LPS x).', structures: BUILTIN_STRUCTURES['builtin:lungs'], modality: 'CT' },
  { id: 'builtin:airways', name: 'Airways', description: 'Trachea and main bronchi grown from the trachea in the top slices (needs the upper chest in the scan).', structures: BUILTIN_STRUCTURES['builtin:airways'], modality: 'CT' },
  { id: 'builtin:tissues', name: 'Body composition', description: 'Subcutaneous fat, torso fat and skeletal muscle (fat -190..-30 HU, muscle -29..150 HU in the outer wall, beside the spine and behind it; organs in the cavity left out).', structures: BUILTIN_STRUCTURES['builtin:tissues'], modality: 'CT' },
];

export interface RunBuiltinOptions {
  signal?: AbortSignal;
  /** fraction in [0,1] */
  onProgress?: (fraction: number, message?: string) => void;
}

export interface BuiltinSegmentation {
  /** Uint8 label map on the image's grid (same geometry). */
  labels: Volume<Uint8Array>;
  classMap: ClassMap;
  /** e.g. 'no trachea found' when the scan does not cover the structure. */
  warnings: string[];
}

/**
 * Run a built-in segmenter in a worker thread (never on the calling event loop).
 * Errors: INVALID_REQUEST (unknown id, not a CT in HU), CANCELLED (signal aborted).
 * The image's voxels are copied to the worker; the caller keeps its volume.
 */
export async function runBuiltinSegmenter(id: string, image: Volume, options: RunBuiltinOptions = {}): Promise<BuiltinSegmentation> {
  if (!isBuiltinSegmenterId(id)) {
    throw new OstendoError('INVALID_REQUEST', `Unknown built-in segmenter '${id}' (known: ${BUILTIN_SEGMENTERS.map((s) => s.id).join(', ')})`);
  }
  const input: BuiltinTaskInput = { id, image };
  return runInWorker<BuiltinTaskOutput>('segment.builtin', input, { signal: options.signal, onProgress: options.onProgress });
}
