import type { ClassMap } from '../../../shared/domain/labels';
import type { Volume } from '../../../shared/domain/volume';
import { OstendoError } from '../../../shared/errors';
import { runInWorker } from '../workers/runInWorker';
import { MeshCache } from './meshCache';
import type { MeshStructuresInput, StructureMesh, StructureRef } from './meshStructures';

export interface BuildStructureMeshesOptions {
  /** Canonical structure ids to mesh (default: every class of the class map). Unknown ids throw NOT_FOUND. */
  structureIds?: string[];
  /** Taubin λ|μ smoothing pairs (default 15; 0 = raw marching cubes). */
  smoothingIterations?: number;
  /** Identity of the label map's content (the lead passes the label-map id). Without it nothing is cached. */
  cacheKey?: string;
  signal?: AbortSignal;
  /** fraction in [0,1] of the structures still to compute */
  onProgress?: (fraction: number, message?: string) => void;
}

export const DEFAULT_SMOOTHING_ITERATIONS = 15;

/** Process-wide cache shared by IPC and CLI callers. */
export const meshCache = new MeshCache();

/**
 * Closed, smoothed surface meshes (LPS mm, outward normals) for the structures of a label map, in class-map order.
 * Structures with no voxels are left out. Runs in a worker thread; results are cached per
 * (cacheKey, structure, label, smoothing). Throws OstendoError NOT_FOUND (unknown structure id),
 * INVALID_LABELS (voxel count ≠ grid), CANCELLED (signal).
 */
export async function buildStructureMeshes(
  labels: Volume,
  classMap: ClassMap,
  options: BuildStructureMeshesOptions = {},
): Promise<StructureMesh[]> {
  const smoothingIterations = options.smoothingIterations ?? DEFAULT_SMOOTHING_ITERATIONS;
  const wanted = selectStructures(classMap, options.structureIds);
  const keyOf = (s: StructureRef): string | undefined =>
    options.cacheKey === undefined ? undefined : MeshCache.key(options.cacheKey, s.structureId, s.label, smoothingIterations);

  const found = new Map<string, StructureMesh | null>();
  for (const s of wanted) {
    const key = keyOf(s);
    const hit = key === undefined ? undefined : meshCache.get(key);
    if (hit !== undefined) found.set(s.structureId, hit);
  }
  const missing = wanted.filter((s) => !found.has(s.structureId));
  if (missing.length > 0) {
    // Copy so the caller keeps its voxels, then move the copy into the worker instead of cloning it again.
    const voxels = labels.voxels.slice();
    const input: MeshStructuresInput = { voxels, geometry: labels.geometry, structures: missing, smoothingIterations };
    const meshes = await runInWorker<StructureMesh[]>('meshing.meshStructures', input, {
      signal: options.signal,
      onProgress: options.onProgress,
      transfer: [voxels.buffer as ArrayBuffer],
    });
    const byId = new Map(meshes.map((m) => [m.structureId, m]));
    for (const s of missing) {
      const mesh = byId.get(s.structureId) ?? null;
      found.set(s.structureId, mesh);
      const key = keyOf(s);
      if (key !== undefined) meshCache.set(key, mesh);
    }
  }
  options.onProgress?.(1);
  return wanted.map((s) => found.get(s.structureId)).filter((m): m is StructureMesh => m !== null && m !== undefined);
}

/** The class-map entries to mesh, in class-map order; every requested id must exist. */
export function selectStructures(classMap: ClassMap, structureIds?: string[]): StructureRef[] {
  const all = classMap.classes.map((c) => ({ structureId: c.id, label: c.label }));
  if (structureIds === undefined) return all;
  const known = new Set(all.map((s) => s.structureId));
  const unknown = structureIds.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new OstendoError('NOT_FOUND', `Unknown structure(s) for class map '${classMap.source}': ${unknown.join(', ')}`, { unknown });
  }
  const wanted = new Set(structureIds);
  return all.filter((s) => wanted.has(s.structureId));
}
