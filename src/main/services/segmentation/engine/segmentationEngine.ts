import { OstendoError } from '../../../../shared/errors';
import type { Volume } from '../../../../shared/domain/volume';
import type { ClassMap } from '../../../../shared/domain/labels';
import { runInProcess } from '../../workers/runInProcess';
import type { ModelPackage } from '../models/modelPackage';
import type { SegmentModelTaskInput, SegmentModelTaskOutput } from './inferenceTask';
import { SEGMENT_MODEL_TASK } from './segmentModelTaskEntry';
import type { ExecutionProvider, SkippedProvider } from './providers';

export interface ModelSegmentationOptions {
  /** Force one execution provider (no fallback). Default: best available for the platform. */
  provider?: ExecutionProvider;
  /** onnxruntime intra-op threads (default: all cores). */
  threads?: number;
  /** Aborting kills the task process, which frees the session and all buffers. */
  signal?: AbortSignal;
  onProgress?: (fraction: number, message?: string) => void;
  /** Also return the first part's blended channel values on the model grid (small volumes; diagnostics). */
  keepBlended?: boolean;
  /** Accept an image whose modality differs from the package's (default: refuse with INVALID_REQUEST). */
  allowModalityMismatch?: boolean;
}

/** Where a segmentation came from. */
export interface SegmentationProvenance {
  modelId: string;
  version: string;
  /** Execution provider that really ran (e.g. 'cpu', 'cuda'). */
  provider: string;
  /** Providers tried first and skipped, with onnxruntime's reason. */
  skippedProviders: SkippedProvider[];
  /** Wall time from the call to the result, including the task process start-up. */
  seconds: number;
  modelGridSizeIjk: [number, number, number];
  modelGridSpacingMm: [number, number, number];
  /** Voxels removed by largest-component clean-up, per structure id. */
  cleanedVoxels: Record<string, number>;
}

export interface ModelSegmentation {
  /** Label map on the input's grid and geometry. */
  labels: Volume<Uint8Array | Uint16Array>;
  classMap: ClassMap;
  provenance: SegmentationProvenance;
  /** C × K × J × I on the model grid, only with keepBlended. */
  blended?: Float32Array;
}

/**
 * Segment a volume with an installed model package. All voxel work and onnxruntime run in a child process
 * (the main event loop stays free, and a native crash cannot take the app down); it ends with the job, releasing its memory.
 * Throws MODEL_INVALID (package refused), PROVIDER_UNAVAILABLE, INFERENCE_FAILED, CANCELLED, INVALID_REQUEST.
 */
export async function segmentWithModelPackage(image: Volume, pkg: ModelPackage, options: ModelSegmentationOptions = {}): Promise<ModelSegmentation> {
  const { manifest } = pkg;
  if (!options.allowModalityMismatch && image.modality !== manifest.modality) {
    throw new OstendoError('INVALID_REQUEST', `Model '${manifest.id}' segments ${manifest.modality} images; this image is ${image.modality}`);
  }
  const started = performance.now();
  const input: SegmentModelTaskInput = {
    geometry: image.geometry,
    voxels: image.voxels,
    packageDir: pkg.dir,
    provider: options.provider,
    threads: options.threads,
    keepBlended: options.keepBlended,
  };
  const out = await runInProcess<SegmentModelTaskOutput>(SEGMENT_MODEL_TASK, input, { signal: options.signal, onProgress: options.onProgress });
  return {
    labels: { geometry: structuredClone(image.geometry), voxels: out.labels, modality: 'SEG', unit: 'label' },
    classMap: out.classMap,
    blended: out.blended,
    provenance: {
      modelId: manifest.id,
      version: manifest.version,
      provider: out.provider,
      skippedProviders: out.skippedProviders,
      seconds: (performance.now() - started) / 1000,
      modelGridSizeIjk: out.modelGrid.sizeIjk,
      modelGridSpacingMm: out.modelGrid.spacingMm,
      cleanedVoxels: out.cleanedVoxels,
    },
  };
}
