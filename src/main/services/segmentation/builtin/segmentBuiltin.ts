import type { Volume } from '../../../../shared/domain/volume';
import { OstendoError } from '../../../../shared/errors';
import { segmentAirways } from './airways';
import { segmentBody } from './body';
import { segmentBones } from './bones';
import { segmentLungs } from './lungs';
import { segmentTissues } from './tissues';
import type { Mask } from '../voxel/mask';

export const BUILTIN_SEGMENTER_IDS = ['builtin:body', 'builtin:bones', 'builtin:lungs', 'builtin:airways', 'builtin:tissues'] as const;
export type BuiltinSegmenterId = (typeof BUILTIN_SEGMENTER_IDS)[number];

/** Structure ids each segmenter writes (label values: see builtinLabelOf). */
export const BUILTIN_STRUCTURES: Record<BuiltinSegmenterId, string[]> = {
  'builtin:body': ['body'],
  'builtin:bones': ['bones'],
  'builtin:lungs': ['lung_left', 'lung_right'],
  'builtin:airways': ['airways'],
  'builtin:tissues': ['subcutaneous_fat', 'torso_fat', 'skeletal_muscle'],
};

export function isBuiltinSegmenterId(id: string): id is BuiltinSegmenterId {
  return (BUILTIN_SEGMENTER_IDS as readonly string[]).includes(id);
}

export interface BuiltinMasks {
  /** One mask per structure, in BUILTIN_STRUCTURES order. */
  masks: Mask[];
  warnings: string[];
}

/**
 * Run one built-in segmenter on a CT volume in HU, in the calling thread (the worker task calls this).
 * Throws INVALID_REQUEST for a non-CT image: every threshold here is in Hounsfield units.
 */
export function segmentBuiltinMasks(id: BuiltinSegmenterId, image: Volume, report: (fraction: number, message?: string) => void = () => {}): BuiltinMasks {
  if (image.modality !== 'CT' || image.unit !== 'HU') {
    throw new OstendoError('INVALID_REQUEST', `${id} needs a CT in Hounsfield units (got ${image.modality}, ${image.unit})`);
  }
  report(0.05, 'body');
  const body = segmentBody(image);
  if (id === 'builtin:body') return { masks: [body], warnings: [] };
  if (id === 'builtin:bones') {
    report(0.4, 'bones');
    return { masks: [segmentBones(image, body)], warnings: [] };
  }
  if (id === 'builtin:airways' || id === 'builtin:lungs') {
    report(0.3, 'airways');
    const airways = segmentAirways(image, body);
    if (id === 'builtin:airways') return { masks: [airways.mask], warnings: airways.warnings };
    report(0.6, 'lungs');
    const lungs = segmentLungs(image, body, airways.mask);
    return { masks: [lungs.left, lungs.right], warnings: [] };
  }
  report(0.3, 'bones');
  const bones = segmentBones(image, body);
  report(0.6, 'tissues');
  const t = segmentTissues(image, body, bones);
  return { masks: [t.subcutaneousFat, t.torsoFat, t.skeletalMuscle], warnings: [] };
}

/** Merge masks into one Uint8 label map (mask n → labelValues[n]; later masks win where they overlap). */
export function masksToLabels(masks: Mask[], labelValues: readonly number[], voxelCount: number): Uint8Array {
  const labels = new Uint8Array(voxelCount);
  masks.forEach((m, n) => {
    const value = labelValues[n]!;
    for (let o = 0; o < voxelCount; o++) if (m[o]) labels[o] = value;
  });
  return labels;
}
