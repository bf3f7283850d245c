import path from 'node:path';
import { BUILTIN_SEGMENTERS } from '../builtin';
import { runInProcess } from '../../workers/runInProcess';
import type { ProviderProbe } from '../engine/probeProviders';
import { PROBE_PROVIDERS_TASK } from '../engine/segmentModelTaskEntry';
import { discoverModelPackages, type FileCheck } from './modelPackage';

/** One entry of `ostendo models --json` (a contract: add fields, never rename). */
export interface ModelListEntry {
  /** Package id, or `builtin:NAME`. */
  id: string;
  kind: 'onnx' | 'builtin';
  name: string;
  version: string;
  modality: string;
  licence: { name: string; text: string };
  valid: boolean;
  /** Why the package is refused (absent when valid). */
  problem?: string;
  /** Package folder (onnx packages only). */
  dir?: string;
  structures: string[];
  parts: number;
}

export interface ModelsDocument {
  models: ModelListEntry[];
  providers: ProviderProbe[];
  /** Backends compiled into this onnxruntime-node build. */
  onnxruntimeBackends: string[];
}

export interface ListModelsOptions {
  /** Folders searched for packages (app folder first). */
  folders: string[];
  /** 'hashes' reads every file (slow for big models); default 'sizes'. */
  check?: FileCheck;
}

/** Installed model packages (with validity), the built-in segmenters, and which execution providers start here. */
export async function listSegmentationModels(options: ListModelsOptions): Promise<ModelsDocument> {
  const found = await discoverModelPackages(options.folders, options.check ?? 'sizes');
  const models: ModelListEntry[] = found.map((p) => ({
    id: p.id,
    kind: 'onnx',
    name: p.manifest?.name ?? p.id,
    version: p.manifest?.version ?? '?',
    modality: p.manifest?.modality ?? '?',
    licence: p.manifest?.licence ?? { name: 'unknown', text: '' },
    valid: p.valid,
    ...(p.problem ? { problem: p.problem } : {}),
    dir: p.dir,
    structures: p.manifest?.labels.map((l) => l.id) ?? [],
    parts: p.manifest?.parts.length ?? 0,
  }));
  for (const b of BUILTIN_SEGMENTERS) {
    models.push({
      id: b.id, kind: 'builtin', name: b.name, version: 'built-in', modality: b.modality,
      licence: { name: 'Ostendo', text: 'Part of Ostendo; no separate model file.' }, valid: true, structures: b.structures, parts: 1,
    });
  }
  // probe with the smallest valid model file so the check costs little
  const files = found
    .filter((p) => p.valid && p.manifest)
    .flatMap((p) => p.manifest!.files.map((f) => ({ file: path.join(p.dir, f.path), bytes: f.bytes })))
    .sort((a, b) => a.bytes - b.bytes);
  const { probes, onnxruntimeBackends } = await runInProcess<{ probes: ProviderProbe[]; onnxruntimeBackends: string[] }>(PROBE_PROVIDERS_TASK, { modelPath: files[0]?.file });
  return { models, providers: probes, onnxruntimeBackends };
}
