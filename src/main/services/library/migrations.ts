/**
 * Numbered schema migrations. Append new entries; never edit one that has shipped.
 * Each runs in a transaction together with the bump of `user_version`.
 */
export const MIGRATIONS: { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
CREATE TABLE patients (
  id TEXT PRIMARY KEY,
  patient_key TEXT NOT NULL UNIQUE,
  patient_id TEXT NOT NULL,
  name TEXT NOT NULL,
  birth_date TEXT
);
CREATE TABLE studies (
  id TEXT PRIMARY KEY,
  patient_ref TEXT NOT NULL REFERENCES patients(id) ON DELETE CASCADE,
  study_key TEXT NOT NULL UNIQUE,
  study_uid TEXT NOT NULL,
  study_date TEXT,
  description TEXT NOT NULL,
  accession TEXT NOT NULL
);
CREATE TABLE stored_files (
  sha256 TEXT PRIMARY KEY,
  rel_path TEXT NOT NULL,
  bytes INTEGER NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE series (
  id TEXT PRIMARY KEY,
  study_ref TEXT NOT NULL REFERENCES studies(id) ON DELETE CASCADE,
  series_key TEXT NOT NULL UNIQUE,
  series_uid TEXT NOT NULL,
  source_kind TEXT NOT NULL CHECK (source_kind IN ('dicom', 'volume-file')),
  modality TEXT NOT NULL,
  unit TEXT NOT NULL,
  description TEXT NOT NULL,
  slice_count INTEGER NOT NULL,
  geometry_json TEXT NOT NULL,
  data_type TEXT NOT NULL,
  min_value REAL NOT NULL,
  max_value REAL NOT NULL,
  voxels_sha256 TEXT NOT NULL REFERENCES stored_files(sha256),
  imported_at TEXT NOT NULL
);
CREATE TABLE instances (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  series_ref TEXT NOT NULL REFERENCES series(id) ON DELETE CASCADE,
  sop_uid TEXT NOT NULL,
  file_sha256 TEXT NOT NULL REFERENCES stored_files(sha256),
  original_name TEXT NOT NULL,
  instance_number INTEGER,
  UNIQUE (series_ref, file_sha256)
);
CREATE TABLE label_maps (
  id TEXT PRIMARY KEY,
  series_ref TEXT NOT NULL REFERENCES series(id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('file', 'segmentation', 'region')),
  source TEXT NOT NULL,
  classes_json TEXT NOT NULL,
  provenance TEXT NOT NULL,
  data_type TEXT NOT NULL,
  voxels_sha256 TEXT NOT NULL REFERENCES stored_files(sha256),
  created_at TEXT NOT NULL
);
CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject_type TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  detail_json TEXT NOT NULL
);
-- the audit log is append-only
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TABLE conversations (
  id TEXT PRIMARY KEY,
  series_ref TEXT NOT NULL REFERENCES series(id) ON DELETE CASCADE,
  label_map_ref TEXT,
  created_at TEXT NOT NULL
);
CREATE TABLE conversation_turns (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  conversation_ref TEXT NOT NULL REFERENCES conversations(id) ON DELETE CASCADE,
  at TEXT NOT NULL,
  prompt TEXT NOT NULL,
  action_json TEXT NOT NULL,
  answer_text TEXT NOT NULL,
  facts_json TEXT NOT NULL,
  used_llm INTEGER NOT NULL,
  model TEXT
);
CREATE INDEX studies_patient ON studies(patient_ref);
CREATE INDEX series_study ON series(study_ref);
CREATE INDEX instances_series ON instances(series_ref);
CREATE INDEX label_maps_series ON label_maps(series_ref);
`,
  },
];
