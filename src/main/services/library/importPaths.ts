import fs from 'node:fs';
import path from 'node:path';
import { isOstendoError, toErrorPayload } from '../../../shared/errors';
import type { ImportResult } from '../../../shared/ipc/contract';
import type { Modality } from '../../../shared/domain/volume';
import { minMax } from '../../../shared/domain/volume';
import { groupDicomFiles, listFilesRecursive, type DicomFileEntry, type DicomSeriesGroup, type SkippedFile } from '../imaging/dicom/scanDicomFiles';
import { parseDicomHeader } from '../imaging/dicom/parseDicomHeader';
import { decodeDicomSeries } from '../imaging/readDicomSeries';
import { isVolumeFileName, readVolumeFile } from '../imaging/volumeFiles';
import { commitSeries, type InstanceFile } from './commitSeries';
import { stableId, sha256Hex } from './libraryIds';
import type { StudyLibrary } from './studyLibrary';

export interface ImportOptions {
  signal?: AbortSignal;
  onProgress?: (fraction: number, message: string) => void;
  /** Modality for volume files (NIfTI/NRRD/MHA carry none); guessed from intensities when absent. */
  volumeModality?: Modality;
}

type Imported = ImportResult['imported'][number];

function throwIfAborted(signal?: AbortSignal): void {
  if (signal?.aborted) throw Object.assign(new Error('Import cancelled'), { name: 'AbortError' });
}

/** Existing instances of a series already in the library, as DICOM entries readable from the store. */
function storedEntries(library: StudyLibrary, seriesId: string): { entries: DicomFileEntry[]; shas: Set<string> } {
  const rows = library.db
    .prepare('SELECT f.sha256, f.rel_path, i.original_name FROM instances i JOIN stored_files f ON f.sha256 = i.file_sha256 WHERE i.series_ref = ?')
    .all(seriesId) as { sha256: string; rel_path: string; original_name: string }[];
  const entries = rows.map((r) => {
    const abs = library.files.absPath(r.rel_path);
    return { path: abs, header: parseDicomHeader(fs.readFileSync(abs)), displayName: `${r.original_name}, already in the library` };
  });
  return { entries, shas: new Set(rows.map((r) => r.sha256)) };
}

async function importDicomGroup(library: StudyLibrary, group: DicomSeriesGroup, skipped: SkippedFile[]): Promise<Imported | null> {
  const seriesId = stableId('se', group.key);
  const incoming = group.files.map((f) => ({ entry: f, bytes: fs.readFileSync(f.path) }));
  const existing = storedEntries(library, seriesId);
  const fresh = incoming.filter((f) => !existing.shas.has(sha256Hex(f.bytes)));
  if (existing.entries.length > 0 && fresh.length === 0) {
    const row = library.getSeries(seriesId);
    const g = JSON.parse(row.geometry_json) as { sizeIjk: [number, number, number]; spacingMm: [number, number, number] };
    return { id: seriesId, modality: row.modality, sizeIjk: g.sizeIjk, spacingMm: g.spacingMm, description: row.description, newlyAdded: false };
  }
  let read;
  try {
    read = await decodeDicomSeries([...existing.entries, ...fresh.map((f) => f.entry)]);
  } catch (e) {
    const p = toErrorPayload(e);
    group.files.forEach((f) => skipped.push({ path: f.path, code: p.code, reason: `series could not be decoded: ${p.message}` }));
    return null;
  }
  skipped.push(...read.skipped);
  const used = new Set(read.files.map((f) => f.path));
  const instances: InstanceFile[] = [];
  for (const f of fresh) {
    if (!used.has(f.entry.path)) continue;
    const stored = library.files.putBytes(f.bytes);
    instances.push({ ...stored, sopUid: f.entry.header.sopInstanceUid || stored.sha256, originalName: path.basename(f.entry.path), instanceNumber: f.entry.header.instanceNumber });
  }
  const h = read.files[0].header;
  // De-identified data carries no patient fields: never merge two such studies into one "patient" — each
  // anonymous study becomes its own patient entry.
  const identified = Boolean(h.patientId || h.patientName || h.patientBirthDate);
  const patientKey = identified ? [h.patientId, h.patientName, h.patientBirthDate].join('|') : `anonymous:${group.studyKey}`;
  const committed = commitSeries(
    library,
    {
      patientKey,
      patientId: h.patientId,
      patientName: h.patientName.replace(/\^/g, ' ').trim() || (identified ? '(no name)' : 'Anonymous (no patient data)'),
      birthDate: h.patientBirthDate || null,
      studyKey: group.studyKey,
      studyUid: h.studyInstanceUid,
      studyDate: h.studyDate || null,
      studyDescription: h.studyDescription,
      accession: h.accessionNumber,
    },
    { seriesKey: group.key, seriesUid: h.seriesInstanceUid, sourceKind: 'dicom', description: h.seriesDescription || `Series ${h.seriesNumber || '?'}` },
    read.volume,
    instances,
  );
  const g = read.volume.geometry;
  return { id: committed.id, modality: read.volume.modality, sizeIjk: g.sizeIjk, spacingMm: g.spacingMm, description: h.seriesDescription, newlyAdded: committed.newlyAdded };
}

async function importVolumeFile(library: StudyLibrary, file: string, modality: Modality | undefined): Promise<Imported> {
  const bytes = fs.readFileSync(file);
  const sha = sha256Hex(bytes);
  const probe = await readVolumeFile(file, { modality: 'OT', unit: 'unknown' });
  const guessed: Modality = modality ?? (minMax(probe.voxels).min < -500 ? 'CT' : 'MR');
  const volume = { ...probe, modality: guessed, unit: guessed === 'CT' ? ('HU' as const) : guessed === 'MR' ? ('MR-arbitrary' as const) : ('unknown' as const) };
  const stored = library.files.putBytes(bytes);
  const name = path.basename(file);
  const committed = commitSeries(
    library,
    {
      // a volume file names no patient: it is its own anonymous patient, never merged with another file's
      patientKey: `anonymous:file:${sha}`, patientId: '', patientName: 'Anonymous (no patient data in file)', birthDate: null,
      studyKey: `file-study:${sha}`, studyUid: '', studyDate: null, studyDescription: name, accession: '',
    },
    { seriesKey: `file:${sha}`, seriesUid: '', sourceKind: 'volume-file', description: name },
    volume,
    [{ ...stored, sopUid: sha, originalName: name, instanceNumber: null }],
  );
  const g = volume.geometry;
  return { id: committed.id, modality: guessed, sizeIjk: g.sizeIjk, spacingMm: g.spacingMm, description: name, newlyAdded: committed.newlyAdded };
}

/**
 * Import files and folders (recursive) into the library: DICOM series (any transfer syntax itk-wasm decodes),
 * NIfTI, NRRD and MHA files. Every input that cannot be used is reported with its path and a specific reason;
 * good series still import. Each series commits atomically; re-importing the same files adds nothing.
 */
export async function importPaths(library: StudyLibrary, inputs: string[], options: ImportOptions = {}): Promise<ImportResult> {
  const skipped: SkippedFile[] = [];
  const dicomCandidates: string[] = [];
  const volumeFiles: string[] = [];
  for (const input of inputs) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(input);
    } catch (e) {
      skipped.push({ path: input, code: 'NOT_FOUND', reason: `cannot access (${(e as NodeJS.ErrnoException).code ?? e})` });
      continue;
    }
    const files = stat.isDirectory() ? listFilesRecursive(input, skipped) : [input];
    for (const f of files) (isVolumeFileName(f) ? volumeFiles : dicomCandidates).push(f);
  }
  options.onProgress?.(0.02, 'Reading DICOM headers');
  const scan = groupDicomFiles(dicomCandidates);
  skipped.push(...scan.skipped);
  const imported: Imported[] = [];
  const total = scan.series.length + volumeFiles.length;
  let done = 0;
  for (const group of scan.series) {
    throwIfAborted(options.signal);
    options.onProgress?.(0.05 + (0.95 * done) / Math.max(total, 1), `Decoding series ${done + 1} of ${total} (${group.files.length} files)`);
    const result = await importDicomGroup(library, group, skipped);
    if (result) imported.push(result);
    done++;
  }
  for (const file of volumeFiles) {
    throwIfAborted(options.signal);
    options.onProgress?.(0.05 + (0.95 * done) / Math.max(total, 1), `Reading ${path.basename(file)}`);
    try {
      imported.push(await importVolumeFile(library, file, options.volumeModality));
    } catch (e) {
      const p = isOstendoError(e) ? { code: e.code, message: e.message } : toErrorPayload(e);
      skipped.push({ path: file, code: p.code, reason: p.message });
    }
    done++;
  }
  options.onProgress?.(1, 'Import finished');
  return { imported, skipped };
}
