import fs from 'node:fs';
import path from 'node:path';
import { OstendoError } from '../../../shared/errors';
import type { ClassMap } from '../../../shared/domain/labels';
import type { Modality, Volume } from '../../../shared/domain/volume';
import { isVolumeFileName, readVolumeFile, writeVolumeFile } from '../imaging/volumeFiles';
import { readDicomSeries } from '../imaging/readDicomSeries';
import { BUILTIN_SEGMENTERS, runBuiltinSegmenter } from './builtin';
import { segmentWithModelPackage, type SegmentationProvenance } from './engine/segmentationEngine';
import { parseProvider } from './engine/providers';
import { findModelPackage } from './models/modelPackage';
import { modelSearchFolders } from './models/modelFolders';

/** Provider reported for built-in segmenters (they run TypeScript, not onnxruntime). */
export const BUILTIN_PROVIDER = 'cpu (builtin TypeScript)';

export interface SegmentRequest {
  /** Image file (NIfTI/NRRD/MHA), DICOM folder or file, or a library series id. */
  input: string;
  /** Model package id or `builtin:NAME`. */
  model: string;
  /** Output label map (.nii.gz, .nii, .nrrd, .mha), written on the input's grid and geometry. */
  out: string;
  /** Force an execution provider (`cpu`, `cuda`, …); default: best that starts. */
  provider?: string;
  /** onnxruntime intra-op threads. */
  threads?: number;
  /** A user folder of model packages, searched after the app's `models/`. */
  modelsDir?: string;
  /** Resolves a series id to a volume (the library); without it, a non-path input is NOT_FOUND. */
  loadSeriesVolume?: (seriesId: string) => Promise<Volume>;
  signal?: AbortSignal;
  onProgress?: (fraction: number, message?: string) => void;
}

/** `ostendo segment --json` document (a contract: add fields, never rename). */
export interface SegmentResultDocument {
  model: string;
  /** Execution provider that really ran. */
  provider: string;
  /** Wall time of the segmentation (load and write excluded). */
  seconds: number;
  /** Absolute path of the written label map. */
  output: string;
  /** Structures present in the output (at least one voxel), by label value. */
  structures: { label: number; id: string }[];
}

export interface SegmentOutcome {
  document: SegmentResultDocument;
  labels: Volume<Uint8Array | Uint16Array>;
  classMap: ClassMap;
  provenance?: SegmentationProvenance;
  warnings: string[];
}

/** Load `<file|folder|seriesId>`; files carry no modality, so they take the model's. */
export async function loadSegmentInput(input: string, modality: Modality, loadSeriesVolume?: (id: string) => Promise<Volume>): Promise<Volume> {
  if (fs.existsSync(input)) {
    const abs = path.resolve(input);
    if (fs.statSync(abs).isDirectory()) return (await readDicomSeries(abs)).volume;
    if (isVolumeFileName(abs)) return readVolumeFile(abs, { modality, unit: modality === 'CT' ? 'HU' : modality === 'MR' ? 'MR-arbitrary' : 'unknown' });
    return (await readDicomSeries([abs])).volume;
  }
  if (!loadSeriesVolume) throw new OstendoError('NOT_FOUND', `${input}: no such file or folder (and no library to look up a series id)`);
  return loadSeriesVolume(input);
}

function presentStructures(labels: Uint8Array | Uint16Array, classMap: ClassMap): { label: number; id: string }[] {
  const seen = new Set<number>();
  for (let n = 0; n < labels.length; n++) if (labels[n] !== 0) seen.add(labels[n]!);
  return classMap.classes.filter((c) => seen.has(c.label)).map((c) => ({ label: c.label, id: c.id })).sort((a, b) => a.label - b.label);
}

/** A segmentation of an in-memory volume, with what ran it (provenance for the library and the audit log). */
export interface VolumeSegmentation {
  model: string;
  version: string;
  provider: string;
  seconds: number;
  labels: Volume<Uint8Array | Uint16Array>;
  classMap: ClassMap;
  provenance?: SegmentationProvenance;
  warnings: string[];
}

export interface SegmentVolumeOptions {
  model: string;
  provider?: string;
  threads?: number;
  modelsDir?: string;
  signal?: AbortSignal;
  onProgress?: (fraction: number, message?: string) => void;
}

/** The modality a model expects (built-ins are CT); file inputs carry none, so they take this one. */
export async function modelModality(model: string, modelsDir?: string): Promise<Modality> {
  if (model.startsWith('builtin:')) return builtinInfo(model).modality;
  return (await findModelPackage(model, modelSearchFolders(modelsDir))).manifest.modality;
}

function builtinInfo(model: string) {
  const info = BUILTIN_SEGMENTERS.find((b) => b.id === model);
  if (!info) throw new OstendoError('MODEL_NOT_FOUND', `Unknown built-in segmenter '${model}' (known: ${BUILTIN_SEGMENTERS.map((b) => b.id).join(', ')})`);
  return info;
}

/**
 * Segment a volume with a model package or a built-in segmenter (off the main event loop); the label map lies
 * on the image's grid. Errors: MODEL_NOT_FOUND / MODEL_INVALID, PROVIDER_UNAVAILABLE, INVALID_REQUEST, CANCELLED.
 */
export async function segmentVolume(image: Volume, options: SegmentVolumeOptions): Promise<VolumeSegmentation> {
  if (options.model.startsWith('builtin:')) {
    const info = builtinInfo(options.model);
    const started = performance.now();
    const result = await runBuiltinSegmenter(info.id, image, { signal: options.signal, onProgress: options.onProgress });
    const seconds = (performance.now() - started) / 1000;
    return { model: info.id, version: 'built-in', provider: BUILTIN_PROVIDER, seconds, labels: result.labels, classMap: result.classMap, warnings: result.warnings };
  }
  const provider = options.provider ? parseProvider(options.provider) : undefined;
  const pkg = await findModelPackage(options.model, modelSearchFolders(options.modelsDir));
  const result = await segmentWithModelPackage(image, pkg, { provider, threads: options.threads, signal: options.signal, onProgress: options.onProgress });
  return {
    model: pkg.manifest.id,
    version: pkg.manifest.version,
    provider: result.provenance.provider,
    seconds: result.provenance.seconds,
    labels: result.labels,
    classMap: result.classMap,
    provenance: result.provenance,
    warnings: result.provenance.skippedProviders.map((s) => `provider ${s.provider} skipped: ${s.reason}`),
  };
}

/**
 * Segment an image with a model package or a built-in segmenter and write the label map on the input's grid.
 * Errors: NOT_FOUND (input), MODEL_NOT_FOUND / MODEL_INVALID (package), PROVIDER_UNAVAILABLE, INVALID_REQUEST
 * (modality), CANCELLED, UNSUPPORTED_FILE (output extension).
 */
export async function segmentToFile(req: SegmentRequest): Promise<SegmentOutcome> {
  if (!isVolumeFileName(req.out)) throw new OstendoError('UNSUPPORTED_FILE', `--out ${req.out}: use .nii.gz, .nii, .nrrd or .mha`);
  const output = path.resolve(req.out);
  const image = await loadSegmentInput(req.input, await modelModality(req.model, req.modelsDir), req.loadSeriesVolume);
  const result = await segmentVolume(image, req);
  await writeVolumeFile(output, result.labels);
  return {
    document: { model: result.model, provider: result.provider, seconds: result.seconds, output, structures: presentStructures(result.labels.voxels, result.classMap) },
    labels: result.labels,
    classMap: result.classMap,
    provenance: result.provenance,
    warnings: result.warnings,
  };
}
