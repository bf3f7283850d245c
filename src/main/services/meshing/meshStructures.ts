import type { VolumeGeometry } from '../../../shared/domain/geometry';
import type { VoxelData } from '../../../shared/domain/volume';
import { OstendoError } from '../../../shared/errors';
import { labelBoxes, meshLabel } from './meshLabel';

/** A closed surface mesh of one anatomical structure, in LPS millimetres. */
export interface StructureMesh {
  /** Canonical structure id from the class map (e.g. `kidney_left`). */
  structureId: string;
  /** Label value in the label map. */
  label: number;
  /** xyz triplets, LPS mm. */
  pointsLps: Float32Array;
  /** Vertex index triplets, counter-clockwise seen from outside (normals point out of the structure). */
  triangles: Uint32Array;
  /** Unit vertex normals in LPS, pointing outward. */
  normals?: Float32Array;
}

export interface StructureRef {
  structureId: string;
  label: number;
}

/** Input of the `meshing.meshStructures` worker task (crosses threads by structured clone). */
export interface MeshStructuresInput {
  voxels: VoxelData;
  geometry: VolumeGeometry;
  structures: StructureRef[];
  /** Taubin λ|μ pairs. */
  smoothingIterations: number;
}

/**
 * Mesh each listed structure of a label map. Structures with no voxels are left out of the result.
 * Pure and synchronous: runs inside the worker task, and in-process for benchmarks.
 */
export function meshStructures(
  input: MeshStructuresInput,
  report?: (fraction: number, message?: string) => void,
  signal?: AbortSignal,
): StructureMesh[] {
  const { voxels, geometry, structures, smoothingIterations } = input;
  const expected = geometry.sizeIjk[0] * geometry.sizeIjk[1] * geometry.sizeIjk[2];
  if (voxels.length !== expected) {
    throw new OstendoError('INVALID_LABELS', `Label map has ${voxels.length} voxels but its grid ${geometry.sizeIjk.join('x')} needs ${expected}`);
  }
  if (!Number.isInteger(smoothingIterations) || smoothingIterations < 0 || smoothingIterations > 500) {
    throw new OstendoError('INVALID_REQUEST', `smoothingIterations must be an integer in 0..500, got ${smoothingIterations}`);
  }
  const boxes = labelBoxes(voxels, geometry.sizeIjk, structures.map((s) => s.label));
  // Work is roughly proportional to box volume: weight progress by it so the bar moves evenly.
  const weight = (s: StructureRef): number => {
    const b = boxes.get(s.label);
    return b ? (b.maxIjk[0] - b.minIjk[0] + 3) * (b.maxIjk[1] - b.minIjk[1] + 3) * (b.maxIjk[2] - b.minIjk[2] + 3) : 0;
  };
  const total = structures.reduce((sum, s) => sum + weight(s), 0) || 1;
  let done = 0;
  const meshes: StructureMesh[] = [];
  for (const structure of structures) {
    if (signal?.aborted) throw new OstendoError('CANCELLED', 'Meshing cancelled');
    const box = boxes.get(structure.label);
    if (!box) continue;
    const surface = meshLabel(voxels, geometry, structure.label, box, smoothingIterations, signal);
    meshes.push({ structureId: structure.structureId, label: structure.label, ...surface });
    done += weight(structure);
    report?.(done / total, structure.structureId);
  }
  return meshes;
}

/** Worker-task shell (registered in taskRegistry.ts as `meshing.meshStructures`). */
export function meshStructuresTask(input: MeshStructuresInput, report: (fraction: number, message?: string) => void): StructureMesh[] {
  return meshStructures(input, report);
}
