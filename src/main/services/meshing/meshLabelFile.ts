import path from 'node:path';
import type { ClassMap } from '../../../shared/domain/labels';
import type { Volume } from '../../../shared/domain/volume';
import { OstendoError } from '../../../shared/errors';
import { readVolumeFile } from '../imaging/volumeFiles';
import { alignLabelsToImage } from './alignLabelsToImage';
import { buildStructureMeshes } from './buildStructureMeshes';
import { exportMeshes, type MeshFileFormat } from './exportMeshes';
import { checkWatertight, signedVolume } from './meshMetrics';

export interface MeshLabelFileRequest {
  /** The image that defines the grid (already loaded: file, DICOM folder or library series). */
  image: Volume;
  /** Label map file (NIfTI/NRRD/MHA). */
  labelsPath: string;
  outDir: string;
  format: MeshFileFormat;
  /** Canonical ids to mesh (default: every structure present). */
  structureIds?: string[];
  /**
   * Names the label values once they are known (the CLI passes resolveClassMap). Called with the values present,
   * and with [] for the whole map, so a known structure with no voxels is reported absent rather than unknown.
   */
  classMapFor: (labelValues: number[]) => ClassMap | Promise<ClassMap>;
  smoothingIterations?: number;
  signal?: AbortSignal;
  onProgress?: (fraction: number, message?: string) => void;
}

/** The `ostendo mesh --json` document (a contract: add fields, never rename). */
export interface MeshLabelFileResult {
  format: MeshFileFormat;
  outDir: string;
  coordinates: 'LPS mm';
  classMap: string;
  /** True when the label file's storage order differed from the image's and it was re-stored onto the image grid. */
  resampledToImageGrid: boolean;
  structures: Array<{
    structureId: string;
    label: number;
    file: string;
    vertices: number;
    triangles: number;
    /** Enclosed volume of the smoothed surface, mL. */
    meshVolumeMl: number;
    /** Every edge shared by exactly two consistently oriented triangles. */
    watertight: boolean;
  }>;
  /** Requested structures that the class map knows but that have no voxels. */
  absent: string[];
}

/** Distinct non-zero label values, ascending. Non-integer or negative values mean this is not a label map. */
export function presentLabelValues(labels: Volume, sourceName: string): number[] {
  const seen = new Set<number>();
  const v = labels.voxels;
  for (let n = 0; n < v.length; n++) {
    const value = v[n]!;
    if (value !== 0) seen.add(value);
  }
  const values = [...seen].sort((a, b) => a - b);
  const bad = values.find((x) => !Number.isInteger(x) || x < 0);
  if (bad !== undefined) throw new OstendoError('INVALID_LABELS', `${sourceName} holds value ${bad}: a label map needs non-negative integers`);
  return values;
}

/**
 * Read a label file, align it to the image grid (GRID_MISMATCH if it is another grid), mesh the structures and
 * write one STL/OBJ per structure. The core of `ostendo mesh`.
 */
export async function meshLabelFile(request: MeshLabelFileRequest): Promise<MeshLabelFileResult> {
  const name = path.basename(request.labelsPath);
  const raw = await readVolumeFile(request.labelsPath, { modality: 'SEG', unit: 'label' });
  const labels = alignLabelsToImage(raw, request.image);
  const values = presentLabelValues(labels, name);
  if (values.length === 0) throw new OstendoError('INVALID_LABELS', `${name} contains no labelled voxels`);
  const classMap = await request.classMapFor(values);
  const present = new Set(classMap.classes.map((c) => c.id));
  let structureIds = request.structureIds;
  if (structureIds) {
    const whole = new Set((await request.classMapFor([])).classes.map((c) => c.id));
    const unknown = structureIds.filter((id) => !present.has(id) && !whole.has(id));
    if (unknown.length > 0) {
      throw new OstendoError('NOT_FOUND', `Unknown structure(s) for class map '${classMap.source}': ${unknown.join(', ')}`, { unknown });
    }
    structureIds = structureIds.filter((id) => present.has(id));
  }
  const meshes = await buildStructureMeshes(labels, classMap, {
    structureIds,
    smoothingIterations: request.smoothingIterations,
    signal: request.signal,
    onProgress: request.onProgress,
  });
  const files = await exportMeshes(meshes, { format: request.format, outDir: request.outDir });
  const meshed = new Set(meshes.map((m) => m.structureId));
  const requested = request.structureIds ?? classMap.classes.filter((c) => values.includes(c.label)).map((c) => c.id);
  return {
    format: request.format,
    outDir: path.resolve(request.outDir),
    coordinates: 'LPS mm',
    classMap: classMap.source,
    resampledToImageGrid: labels !== raw,
    structures: meshes.map((m, i) => {
      const report = checkWatertight(m.triangles);
      return {
        structureId: m.structureId,
        label: m.label,
        file: files[i]!,
        vertices: m.pointsLps.length / 3,
        triangles: m.triangles.length / 3,
        meshVolumeMl: signedVolume(m.pointsLps, m.triangles) / 1000,
        watertight: report.closed && report.consistentlyOriented,
      };
    }),
    absent: requested.filter((id) => !meshed.has(id)),
  };
}
