import { OstendoError } from '../../../shared/errors';
import type { VolumeGeometry } from '../../../shared/domain/geometry';
import { sameGrid } from '../../../shared/domain/geometry';
import type { ClassMap, LabelClass } from '../../../shared/domain/labels';
import type { Volume, VoxelDataType } from '../../../shared/domain/volume';
import { dataTypeOf, voxelsFromBytes } from '../../../shared/domain/volume';
import type { LabelMapSummary } from '../../../shared/ipc/contract';
import { randomId } from './libraryIds';
import type { StudyLibrary } from './studyLibrary';

export type LabelMapKind = 'file' | 'segmentation' | 'region';

interface LabelMapRow {
  id: string;
  series_ref: string;
  kind: LabelMapKind;
  source: string;
  classes_json: string;
  provenance: string;
  data_type: VoxelDataType;
  voxels_sha256: string;
  created_at: string;
}

function summaryOf(row: LabelMapRow): LabelMapSummary {
  return {
    labelMapId: row.id,
    seriesId: row.series_ref,
    source: row.source,
    classes: JSON.parse(row.classes_json) as LabelClass[],
    provenance: row.provenance,
    createdAt: row.created_at,
  };
}

/**
 * Store a label map for a series. It must lie on the series' voxel grid (callers resample storage-order
 * differences first); anything else is refused with GRID_MISMATCH. Audited.
 */
export function addLabelMap(
  library: StudyLibrary,
  seriesId: string,
  input: { kind: LabelMapKind; classMap: ClassMap; provenance: string; labels: Volume },
): LabelMapSummary {
  const series = library.getSeries(seriesId);
  const grid = JSON.parse(series.geometry_json) as VolumeGeometry;
  if (!sameGrid(grid, input.labels.geometry)) {
    const g = input.labels.geometry;
    throw new OstendoError(
      'GRID_MISMATCH',
      `Label map grid ${g.sizeIjk.join('x')} @ ${g.spacingMm.map((s) => s.toFixed(2)).join('x')} mm does not match the series grid ` +
        `${grid.sizeIjk.join('x')} @ ${grid.spacingMm.map((s) => s.toFixed(2)).join('x')} mm`,
    );
  }
  const type = dataTypeOf(input.labels.voxels);
  if (type !== 'uint8' && type !== 'uint16' && type !== 'int16' && type !== 'int32' && type !== 'uint32') {
    throw new OstendoError('INVALID_LABELS', `Label maps must hold integers (got ${type})`);
  }
  const v = input.labels.voxels;
  const stored = library.files.putBytes(new Uint8Array(v.buffer, v.byteOffset, v.byteLength));
  const id = randomId('lm');
  const createdAt = new Date().toISOString();
  library.db.transaction(() => {
    library.recordStoredFile(stored);
    library.db
      .prepare(
        `INSERT INTO label_maps (id, series_ref, kind, source, classes_json, provenance, data_type, voxels_sha256, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(id, seriesId, input.kind, input.classMap.source, JSON.stringify(input.classMap.classes), input.provenance, type, stored.sha256, createdAt);
    library.audit('label-map-add', 'label_map', id, { seriesId, kind: input.kind, source: input.classMap.source, provenance: input.provenance });
  })();
  return getLabelMapSummary(library, id);
}

export function getLabelMapSummary(library: StudyLibrary, labelMapId: string): LabelMapSummary {
  const row = library.db.prepare('SELECT * FROM label_maps WHERE id = ?').get(labelMapId) as LabelMapRow | undefined;
  if (!row) throw new OstendoError('NOT_FOUND', `No label map '${labelMapId}'`);
  return summaryOf(row);
}

/** Label maps of a series, newest first. */
export function listLabelMaps(library: StudyLibrary, seriesId: string): LabelMapSummary[] {
  library.getSeries(seriesId);
  const rows = library.db.prepare('SELECT * FROM label_maps WHERE series_ref = ? ORDER BY created_at DESC, rowid DESC').all(seriesId) as LabelMapRow[];
  return rows.map(summaryOf);
}

export function loadLabelMap(library: StudyLibrary, labelMapId: string): { summary: LabelMapSummary; labels: Volume; classMap: ClassMap } {
  const row = library.db.prepare('SELECT * FROM label_maps WHERE id = ?').get(labelMapId) as LabelMapRow | undefined;
  if (!row) throw new OstendoError('NOT_FOUND', `No label map '${labelMapId}'`);
  const series = library.getSeries(row.series_ref);
  const file = library.db.prepare('SELECT rel_path FROM stored_files WHERE sha256 = ?').get(row.voxels_sha256) as { rel_path: string };
  const bytes = library.files.readBytes(file.rel_path);
  const voxels = voxelsFromBytes(row.data_type, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  library.audit('open', 'label_map', labelMapId, {});
  const summary = summaryOf(row);
  return {
    summary,
    labels: { geometry: JSON.parse(series.geometry_json) as VolumeGeometry, voxels, modality: 'SEG', unit: 'label' },
    classMap: { source: summary.source, classes: summary.classes },
  };
}

export function deleteLabelMap(library: StudyLibrary, labelMapId: string): boolean {
  const result = library.db.transaction(() => {
    const r = library.db.prepare('DELETE FROM label_maps WHERE id = ?').run(labelMapId);
    if (r.changes > 0) library.audit('delete', 'label_map', labelMapId, {});
    return r.changes > 0;
  })();
  if (result) library.collectGarbage();
  return result;
}
