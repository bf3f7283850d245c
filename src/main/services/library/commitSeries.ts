import type { Volume } from '../../../shared/domain/volume';
import { dataTypeOf, minMax } from '../../../shared/domain/volume';
import type { StudyLibrary } from './studyLibrary';
import { stableId } from './libraryIds';

export interface PatientStudyInfo {
  patientKey: string;
  patientId: string;
  patientName: string;
  birthDate: string | null;
  studyKey: string;
  studyUid: string;
  studyDate: string | null;
  studyDescription: string;
  accession: string;
}

export interface SeriesInfo {
  seriesKey: string;
  seriesUid: string;
  sourceKind: 'dicom' | 'volume-file';
  description: string;
}

export interface InstanceFile {
  sha256: string;
  relPath: string;
  bytes: number;
  sopUid: string;
  originalName: string;
  instanceNumber: number | null;
}

/**
 * Write one decoded series into the library in a single transaction: patient, study, series, instances and the
 * voxel cache become visible together or not at all. Files must already be in the FileStore (content-addressed,
 * so a failed transaction leaves only unreferenced files, which collectGarbage removes).
 */
export function commitSeries(
  library: StudyLibrary,
  ps: PatientStudyInfo,
  series: SeriesInfo,
  volume: Volume,
  instances: InstanceFile[],
): { id: string; newlyAdded: boolean } {
  const db = library.db;
  const voxelBytes = new Uint8Array(volume.voxels.buffer, volume.voxels.byteOffset, volume.voxels.byteLength);
  const voxelFile = library.files.putBytes(voxelBytes);
  const range = minMax(volume.voxels);
  const patientId = stableId('pt', ps.patientKey);
  const studyId = stableId('st', ps.studyKey);
  const seriesId = stableId('se', series.seriesKey);
  let newlyAdded = false;
  db.transaction(() => {
    db.prepare('INSERT OR IGNORE INTO patients (id, patient_key, patient_id, name, birth_date) VALUES (?, ?, ?, ?, ?)').run(
      patientId, ps.patientKey, ps.patientId, ps.patientName, ps.birthDate,
    );
    db.prepare(
      'INSERT OR IGNORE INTO studies (id, patient_ref, study_key, study_uid, study_date, description, accession) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(studyId, patientId, ps.studyKey, ps.studyUid, ps.studyDate, ps.studyDescription, ps.accession);
    library.recordStoredFile(voxelFile);
    instances.forEach((f) => library.recordStoredFile(f));
    const existing = db.prepare('SELECT id FROM series WHERE id = ?').get(seriesId);
    const values = [
      volume.modality, volume.unit, series.description, volume.geometry.sizeIjk[2], JSON.stringify(volume.geometry),
      dataTypeOf(volume.voxels), range.min, range.max, voxelFile.sha256,
    ];
    if (existing) {
      db.prepare(
        `UPDATE series SET modality = ?, unit = ?, description = ?, slice_count = ?, geometry_json = ?, data_type = ?,
         min_value = ?, max_value = ?, voxels_sha256 = ? WHERE id = ?`,
      ).run(...values, seriesId);
    } else {
      newlyAdded = true;
      db.prepare(
        `INSERT INTO series (id, study_ref, series_key, series_uid, source_kind, modality, unit, description, slice_count,
         geometry_json, data_type, min_value, max_value, voxels_sha256, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(seriesId, studyId, series.seriesKey, series.seriesUid, series.sourceKind, ...values, new Date().toISOString());
    }
    const insertInstance = db.prepare(
      'INSERT OR IGNORE INTO instances (series_ref, sop_uid, file_sha256, original_name, instance_number) VALUES (?, ?, ?, ?, ?)',
    );
    instances.forEach((f) => insertInstance.run(seriesId, f.sopUid, f.sha256, f.originalName, f.instanceNumber));
    library.audit('import', 'series', seriesId, { files: instances.length, newlyAdded, sourceKind: series.sourceKind });
  })();
  return { id: seriesId, newlyAdded };
}
