import fs from 'node:fs';
import path from 'node:path';
import { OstendoError } from '../../../shared/errors';
import type { VolumeGeometry } from '../../../shared/domain/geometry';
import type { IntensityUnit, Modality, Volume, VoxelDataType } from '../../../shared/domain/volume';
import { voxelsFromBytes } from '../../../shared/domain/volume';
import type { PatientSummary } from '../../../shared/ipc/contract';
import { openDatabase, type Db } from './openDatabase';
import { FileStore } from './fileStore';

export interface SeriesRow {
  id: string;
  study_ref: string;
  series_key: string;
  series_uid: string;
  source_kind: 'dicom' | 'volume-file';
  modality: Modality;
  unit: IntensityUnit;
  description: string;
  slice_count: number;
  geometry_json: string;
  data_type: VoxelDataType;
  min_value: number;
  max_value: number;
  voxels_sha256: string;
  imported_at: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actor: string;
  action: string;
  subject_type: string;
  subject_id: string;
  detail_json: string;
}

/** Who performed an action, for the audit log (the OS user; the CLI and the app both run as the clinician). */
export function currentActor(): string {
  return process.env.USER ?? process.env.USERNAME ?? 'unknown';
}

/**
 * The local patient library: one SQLite file (library.db) plus content-addressed files, in one folder.
 * Owns all patient data on this machine; every access goes through here and is audited.
 */
export class StudyLibrary {
  readonly db: Db;
  readonly files: FileStore;

  private constructor(readonly root: string) {
    fs.mkdirSync(root, { recursive: true });
    this.db = openDatabase(path.join(root, 'library.db'));
    this.files = new FileStore(root);
  }

  static open(root: string): StudyLibrary {
    const library = new StudyLibrary(root);
    library.files.clearTemp();
    return library;
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  audit(action: string, subjectType: string, subjectId: string, detail: Record<string, unknown> = {}): void {
    this.db
      .prepare('INSERT INTO audit_log (at, actor, action, subject_type, subject_id, detail_json) VALUES (?, ?, ?, ?, ?, ?)')
      .run(new Date().toISOString(), currentActor(), action, subjectType, subjectId, JSON.stringify(detail));
  }

  auditEntries(limit = 1000): AuditEntry[] {
    return this.db.prepare('SELECT * FROM audit_log ORDER BY id DESC LIMIT ?').all(limit) as AuditEntry[];
  }

  list(): PatientSummary[] {
    const patients = this.db.prepare('SELECT * FROM patients ORDER BY name, patient_id').all() as {
      id: string; patient_id: string; name: string; birth_date: string | null;
    }[];
    const studies = this.db.prepare('SELECT * FROM studies WHERE patient_ref = ? ORDER BY study_date DESC, id');
    const series = this.db.prepare(
      `SELECT s.*, (SELECT COUNT(*) FROM label_maps l WHERE l.series_ref = s.id) AS label_map_count
       FROM series s WHERE study_ref = ? ORDER BY imported_at, id`,
    );
    return patients.map((p) => ({
      id: p.id,
      patientId: p.patient_id,
      name: p.name,
      birthDate: p.birth_date,
      studies: (studies.all(p.id) as { id: string; study_uid: string; study_date: string | null; description: string }[]).map((st) => ({
        id: st.id,
        studyUid: st.study_uid,
        date: st.study_date,
        description: st.description,
        series: (series.all(st.id) as (SeriesRow & { label_map_count: number })[]).map((se) => {
          const g = JSON.parse(se.geometry_json) as VolumeGeometry;
          return {
            id: se.id,
            seriesUid: se.series_uid,
            modality: se.modality,
            description: se.description,
            sliceCount: se.slice_count,
            sizeIjk: g.sizeIjk,
            spacingMm: g.spacingMm,
            importedAt: se.imported_at,
            labelMapCount: se.label_map_count,
          };
        }),
      })),
    }));
  }

  getSeries(seriesId: string): SeriesRow {
    const row = this.db.prepare('SELECT * FROM series WHERE id = ?').get(seriesId) as SeriesRow | undefined;
    if (!row) throw new OstendoError('NOT_FOUND', `No series '${seriesId}' in the library`);
    return row;
  }

  /** Load a series' voxels (HU for CT) with geometry in LPS mm. Audited as 'open'. */
  loadSeriesVolume(seriesId: string, purpose = 'open'): Volume {
    const row = this.getSeries(seriesId);
    const stored = this.db.prepare('SELECT rel_path FROM stored_files WHERE sha256 = ?').get(row.voxels_sha256) as { rel_path: string } | undefined;
    if (!stored) throw new OstendoError('DATABASE_ERROR', `Voxel file of series ${seriesId} is missing from the library`);
    const bytes = this.files.readBytes(stored.rel_path);
    const voxels = voxelsFromBytes(row.data_type, new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    this.audit(purpose, 'series', seriesId, {});
    return { geometry: JSON.parse(row.geometry_json) as VolumeGeometry, voxels, modality: row.modality, unit: row.unit };
  }

  /** Delete a series with its instances and label maps; stored files no longer referenced are removed. */
  deleteSeries(seriesId: string): boolean {
    const row = this.db.prepare('SELECT id, study_ref FROM series WHERE id = ?').get(seriesId) as { id: string; study_ref: string } | undefined;
    if (!row) return false;
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM series WHERE id = ?').run(seriesId);
      const left = this.db.prepare('SELECT COUNT(*) AS n FROM series WHERE study_ref = ?').get(row.study_ref) as { n: number };
      if (left.n === 0) {
        const study = this.db.prepare('SELECT patient_ref FROM studies WHERE id = ?').get(row.study_ref) as { patient_ref: string };
        this.db.prepare('DELETE FROM studies WHERE id = ?').run(row.study_ref);
        const studies = this.db.prepare('SELECT COUNT(*) AS n FROM studies WHERE patient_ref = ?').get(study.patient_ref) as { n: number };
        if (studies.n === 0) this.db.prepare('DELETE FROM patients WHERE id = ?').run(study.patient_ref);
      }
      this.audit('delete', 'series', seriesId, {});
    })();
    this.collectGarbage();
    return true;
  }

  /** Remove stored files that no row references (leftovers of deletes or of an import that died before commit). */
  collectGarbage(): number {
    const orphans = this.db
      .prepare(
        `SELECT sha256, rel_path FROM stored_files f
         WHERE NOT EXISTS (SELECT 1 FROM instances i WHERE i.file_sha256 = f.sha256)
           AND NOT EXISTS (SELECT 1 FROM series s WHERE s.voxels_sha256 = f.sha256)
           AND NOT EXISTS (SELECT 1 FROM label_maps l WHERE l.voxels_sha256 = f.sha256)`,
      )
      .all() as { sha256: string; rel_path: string }[];
    const del = this.db.prepare('DELETE FROM stored_files WHERE sha256 = ?');
    this.db.transaction(() => orphans.forEach((o) => del.run(o.sha256)))();
    orphans.forEach((o) => this.files.remove(o.rel_path));
    return orphans.length;
  }

  /** Record stored bytes in stored_files (call inside the import/label transaction). */
  recordStoredFile(entry: { sha256: string; relPath: string; bytes: number }): void {
    this.db
      .prepare('INSERT OR IGNORE INTO stored_files (sha256, rel_path, bytes, created_at) VALUES (?, ?, ?, ?)')
      .run(entry.sha256, entry.relPath, entry.bytes, new Date().toISOString());
  }
}
