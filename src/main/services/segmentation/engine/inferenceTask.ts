import path from 'node:path';
import { OstendoError } from '../../../../shared/errors';
import type { VolumeGeometry } from '../../../../shared/domain/geometry';
import type { VoxelData } from '../../../../shared/domain/volume';
import type { ClassMap } from '../../../../shared/domain/labels';
import { readModelPackage, verifyModelPackage } from '../models/modelPackage';
import { runModelPipeline, type PartRunner } from '../pipeline/runModelPipeline';
import type { LabelArray } from '../pipeline/resample';
import { openModelSession } from './ortSession';
import type { ExecutionProvider, SkippedProvider } from './providers';

/** Input crossing into the worker (structured clone: typed arrays, plain objects). */
export interface SegmentModelTaskInput {
  geometry: VolumeGeometry;
  voxels: VoxelData;
  /** Package folder; the manifest is re-read and every file hash-checked here, right before use. */
  packageDir: string;
  provider?: ExecutionProvider;
  threads?: number;
  keepBlended?: boolean;
}

export interface SegmentModelTaskOutput {
  labels: LabelArray;
  classMap: ClassMap;
  provider: string;
  skippedProviders: SkippedProvider[];
  modelGrid: { sizeIjk: [number, number, number]; spacingMm: [number, number, number] };
  blended?: Float32Array;
  cleanedVoxels: Record<string, number>;
  /** Wall time inside the worker (verification + inference + resampling). */
  seconds: number;
}

/**
 * Runs a model package on one volume inside a worker thread. Verifies the package files (size + sha256) first so
 * a corrupt package is refused before any inference; each part's session is released before the next opens.
 */
export async function segmentModelTask(input: SegmentModelTaskInput, report: (fraction: number, message?: string) => void): Promise<SegmentModelTaskOutput> {
  const started = performance.now();
  const pkg = readModelPackage(input.packageDir);
  report(0, `verifying ${pkg.manifest.id} ${pkg.manifest.version}`);
  await verifyModelPackage(pkg, 'hashes');
  const skippedProviders: SkippedProvider[] = [];
  const labelsKind = pkg.manifest.output.kind === 'labels';
  const result = await runModelPipeline({
    geometry: input.geometry,
    voxels: input.voxels,
    manifest: pkg.manifest,
    keepBlended: input.keepBlended,
    onProgress: report,
    openPart: async (part): Promise<PartRunner> => {
      const session = await openModelSession(path.join(pkg.dir, part.file), {
        provider: input.provider,
        threads: input.threads,
        onSkip: (s) => skippedProviders.push(s),
      });
      const [pi, pj, pk] = part.patchSizeVoxels ?? pkg.manifest.inference.patchSizeVoxels;
      const expected = labelsKind ? [1, 1, pk, pj, pi] : [1, part.channels, pk, pj, pi];
      return {
        provider: session.provider,
        release: () => session.release(),
        run: async (patch, dimsKji) => {
          const { data, dims } = await session.runPatch(patch, dimsKji);
          const ok = dims.length === expected.length && dims.every((d, n) => d === expected[n]) || (labelsKind && dims.length === 4 && dims.every((d, n) => d === [1, pk, pj, pi][n]));
          if (!ok) {
            throw new OstendoError('MODEL_INVALID', `Part '${part.name}' output is [${dims.join(',')}], the manifest implies [${expected.join(',')}]`);
          }
          return data;
        },
      };
    },
  });
  return {
    labels: result.labels,
    classMap: result.classMap,
    provider: result.provider,
    skippedProviders,
    modelGrid: { sizeIjk: result.modelGrid.sizeIjk, spacingMm: result.modelGrid.spacingMm },
    blended: result.blended,
    cleanedVoxels: result.cleanedVoxels,
    seconds: (performance.now() - started) / 1000,
  };
}
