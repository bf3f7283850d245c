import { OstendoError } from '../../../../shared/errors';
import type { VolumeGeometry } from '../../../../shared/domain/geometry';
import type { VoxelData } from '../../../../shared/domain/volume';
import type { ClassMap } from '../../../../shared/domain/labels';
import type { ModelManifest, ModelPart } from '../models/manifestSchema';
import { planModelGrid, type ModelGrid } from './modelGrid';
import { intensityMap } from './normalise';
import { labelsToInputGrid, sampleToModelGrid, type LabelArray } from './resample';
import { slidingWindowLabels, type PatchRunner } from './slidingWindow';
import { localToGlobalTable, mergePartLabels } from './mergeParts';
import { keepLargestComponents } from './largestComponent';

/** An opened network for one part; `release` frees its memory before the next part opens. */
export interface PartRunner {
  provider: string;
  run: PatchRunner;
  release(): Promise<void>;
}

export interface ModelPipelineInput {
  geometry: VolumeGeometry;
  voxels: VoxelData;
  manifest: ModelManifest;
  /** Opens part `part` (its file resolved by the caller). */
  openPart: (part: ModelPart) => Promise<PartRunner>;
  onProgress?: (fraction: number, message: string) => void;
  signal?: AbortSignal;
  /** Keep the blended channel values of part 0 on the model grid (diagnostics/tests; C floats per model voxel). */
  keepBlended?: boolean;
}

export interface ModelPipelineOutput {
  /** Labels on the input grid (global values from the manifest's label table). */
  labels: LabelArray;
  classMap: ClassMap;
  provider: string;
  modelGrid: Pick<ModelGrid, 'sizeIjk' | 'spacingMm' | 'geometry'>;
  /** Blended output of the first part on the model grid, C × K × J × I (only with keepBlended). */
  blended?: Float32Array;
  /** Voxels removed by the largest-component clean-up, per structure id. */
  cleanedVoxels: Record<string, number>;
}

/** The class map a package's label table describes. */
export function classMapOf(manifest: ModelManifest): ClassMap {
  return {
    source: `model:${manifest.id}@${manifest.version}`,
    classes: manifest.labels.map((l) => ({ label: l.value, id: l.id, name: l.name, color: l.color })),
  };
}

/**
 * Whole-model pipeline on one volume: reorient + resample to the model grid (trilinear) with the package's
 * normalisation, per part sliding-window inference with Gaussian blending and argmax, merge parts into global
 * labels, optional largest-component clean-up, nearest-neighbour back onto the input grid.
 */
export async function runModelPipeline(input: ModelPipelineInput): Promise<ModelPipelineOutput> {
  const { manifest, geometry, voxels } = input;
  const report = input.onProgress ?? ((): void => undefined);
  if (voxels.length !== geometry.sizeIjk[0] * geometry.sizeIjk[1] * geometry.sizeIjk[2]) {
    throw new OstendoError('GRID_MISMATCH', `Image has ${voxels.length} voxels, geometry says ${geometry.sizeIjk.join('x')}`);
  }
  const grid = planModelGrid(geometry, manifest.input.orientation, manifest.input.spacingMm);
  // one normalised model-grid image at a time; parts sharing a normalisation reuse it
  let image: Float32Array | undefined;
  let imageKey = '';
  const imageFor = (part: ModelPart): Float32Array => {
    const norm = part.normalisation ?? manifest.input.normalisation;
    const key = JSON.stringify(norm);
    if (!image || key !== imageKey) {
      image = undefined; // let the previous one be collected before allocating the next
      report(0.02, `resampling to ${grid.sizeIjk.join('x')} at ${manifest.input.spacingMm.join('x')} mm`);
      image = sampleToModelGrid(voxels, geometry.sizeIjk, grid, intensityMap(norm, voxels));
      imageKey = key;
    }
    return image;
  };
  const valueOf = new Map(manifest.labels.map((l) => [l.id, l.value]));
  const maxValue = Math.max(...manifest.labels.map((l) => l.value));
  const modelVoxels = grid.sizeIjk[0] * grid.sizeIjk[1] * grid.sizeIjk[2];
  const merged: LabelArray = maxValue > 255 ? new Uint16Array(modelVoxels) : new Uint8Array(modelVoxels);
  const providers = new Set<string>();
  let blended: Float32Array | undefined;
  const partShare = 0.9 / manifest.parts.length;
  for (const [p, part] of manifest.parts.entries()) {
    if (input.signal?.aborted) throw new OstendoError('CANCELLED', 'Segmentation cancelled');
    const runner = await input.openPart(part);
    providers.add(runner.provider);
    const channels = manifest.output.kind === 'labels' ? 1 : part.channels;
    if (input.keepBlended && p === 0) blended = new Float32Array(channels * modelVoxels);
    try {
      const partLabels = await slidingWindowLabels(imageFor(part), grid.sizeIjk, runner.run, {
        patchSizeVoxels: part.patchSizeVoxels ?? manifest.inference.patchSizeVoxels,
        overlap: manifest.inference.overlap,
        gaussianSigmaScale: manifest.inference.gaussianSigmaScale,
        mirrorAxes: manifest.inference.mirrorAxes,
        channels,
        outputKind: manifest.output.kind,
        signal: input.signal,
        blendedOut: p === 0 ? blended : undefined,
        onProgress: (done, total) => report(0.05 + partShare * (p + done / total), `${part.name}: window ${done}/${total}`),
      });
      mergePartLabels(merged, partLabels, localToGlobalTable(part.labels, valueOf));
    } finally {
      await runner.release();
    }
  }
  const cleanedVoxels: Record<string, number> = {};
  const cleanupIds = manifest.postprocessing.largestComponent;
  if (cleanupIds.length) {
    report(0.95, 'keeping the largest component per structure');
    const values = new Set(cleanupIds.includes('*') ? manifest.labels.map((l) => l.value) : cleanupIds.map((id) => valueOf.get(id)!));
    const removed = keepLargestComponents(merged, grid.sizeIjk, values);
    for (const l of manifest.labels) if (removed.has(l.value)) cleanedVoxels[l.id] = removed.get(l.value)!;
  }
  report(0.97, 'resampling labels onto the input grid');
  const inputVoxels = voxels.length;
  const labels = labelsToInputGrid(merged, grid, geometry.sizeIjk, maxValue > 255 ? new Uint16Array(inputVoxels) : new Uint8Array(inputVoxels));
  report(1, 'done');
  return {
    labels,
    classMap: classMapOf(manifest),
    provider: [...providers].join('+'),
    modelGrid: { sizeIjk: grid.sizeIjk, spacingMm: grid.spacingMm, geometry: grid.geometry },
    blended,
    cleanedVoxels,
  };
}
