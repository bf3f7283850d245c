import type { ClassMap } from '../../../../shared/domain/labels';
import type { Volume } from '../../../../shared/domain/volume';
import { OstendoError } from '../../../../shared/errors';
import { builtinClassMap, builtinLabelOf } from './builtinClassMap';
import { BUILTIN_STRUCTURES, isBuiltinSegmenterId, masksToLabels, segmentBuiltinMasks } from './segmentBuiltin';

export interface BuiltinTaskInput {
  id: string;
  image: Volume;
}

export interface BuiltinTaskOutput {
  labels: Volume<Uint8Array>;
  classMap: ClassMap;
  warnings: string[];
}

/** Worker task 'segment.builtin': runs inside a worker thread (see workers/taskRegistry.ts). */
export function builtinSegmentTask(input: BuiltinTaskInput, report: (fraction: number, message?: string) => void): BuiltinTaskOutput {
  const { id, image } = input;
  if (!isBuiltinSegmenterId(id)) throw new OstendoError('INVALID_REQUEST', `Unknown built-in segmenter '${id}'`);
  const { masks, warnings } = segmentBuiltinMasks(id, image, report);
  const voxels = masksToLabels(masks, BUILTIN_STRUCTURES[id].map(builtinLabelOf), image.voxels.length);
  report(1, 'done');
  return {
    labels: { geometry: image.geometry, voxels, modality: 'SEG', unit: 'label' },
    classMap: builtinClassMap(id, BUILTIN_STRUCTURES[id]),
    warnings,
  };
}
