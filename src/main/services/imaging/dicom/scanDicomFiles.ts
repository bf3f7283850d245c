import fs from 'node:fs';
import path from 'node:path';
import { OstendoError, isOstendoError } from '../../../../shared/errors';
import { parseDicomHeader, type DicomHeader } from './parseDicomHeader';
import { seriesKey, studyKey } from './dicomSeriesKey';

export interface SkippedFile {
  path: string;
  code: string;
  reason: string;
}

export interface DicomFileEntry {
  path: string;
  header: DicomHeader;
  /** How to name this file to a person (default: its file name). */
  displayName?: string;
}

export interface DicomSeriesGroup {
  key: string;
  studyKey: string;
  files: DicomFileEntry[];
}

export interface DicomScan {
  series: DicomSeriesGroup[];
  skipped: SkippedFile[];
}

/** Reads one candidate file's header; returns a skip reason instead of throwing. */
export function inspectDicomFile(file: string): DicomFileEntry | SkippedFile {
  let buf: Buffer;
  try {
    const stat = fs.statSync(file);
    if (stat.size === 0) return { path: file, code: 'EMPTY_FILE', reason: 'empty file (0 bytes)' };
    buf = fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unknown error';
    return { path: file, code: 'UNREADABLE_FILE', reason: `cannot read file (${code})` };
  }
  try {
    const header = parseDicomHeader(buf);
    if (!header.hasPixelData) return { path: file, code: 'UNSUPPORTED_FILE', reason: 'DICOM object without pixel data (not an image)' };
    if (!header.imagePositionPatient || !header.imageOrientationPatient) {
      return { path: file, code: 'UNSUPPORTED_FILE', reason: 'image without ImagePositionPatient/ImageOrientationPatient (no 3D geometry)' };
    }
    return { path: file, header };
  } catch (e) {
    if (isOstendoError(e)) {
      const reason = e.code === 'TRUNCATED_FILE' ? `truncated DICOM file: ${e.message}` : e.message;
      return { path: file, code: e.code, reason };
    }
    return { path: file, code: 'NOT_DICOM', reason: e instanceof Error ? e.message : String(e) };
  }
}

/** Lists files under a path recursively (hidden files and folders skipped), sorted for determinism. */
export function listFilesRecursive(root: string, skipped: SkippedFile[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      skipped.push({ path: dir, code: 'UNREADABLE_FILE', reason: `cannot list folder (${(e as NodeJS.ErrnoException).code ?? e})` });
      return;
    }
    for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(full);
    }
  };
  walk(root);
  return out;
}

/** Files DICOM instances into series groups; everything unusable is reported with a reason. */
export function groupDicomFiles(files: string[]): DicomScan {
  const skipped: SkippedFile[] = [];
  const groups = new Map<string, DicomSeriesGroup>();
  for (const file of files) {
    const result = inspectDicomFile(file);
    if (!('header' in result)) {
      skipped.push(result);
      continue;
    }
    const key = seriesKey(result.header);
    let group = groups.get(key);
    if (!group) {
      group = { key, studyKey: studyKey(result.header), files: [] };
      groups.set(key, group);
    }
    group.files.push(result);
  }
  return { series: [...groups.values()], skipped };
}

export function scanDicomFolder(folder: string): DicomScan {
  if (!fs.existsSync(folder)) throw new OstendoError('NOT_FOUND', `${folder} does not exist`);
  const skipped: SkippedFile[] = [];
  const files = listFilesRecursive(folder, skipped);
  const scan = groupDicomFiles(files);
  return { series: scan.series, skipped: [...skipped, ...scan.skipped] };
}
