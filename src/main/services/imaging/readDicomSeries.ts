import path from 'node:path';
import { readImageDicomFileSeriesNode } from '@itk-wasm/dicom';
import { OstendoError } from '../../../shared/errors';
import type { Modality, Volume } from '../../../shared/domain/volume';
import { volumeFromItkImage } from './itkImage';
import type { DicomFileEntry, SkippedFile } from './dicom/scanDicomFiles';
import { groupDicomFiles, scanDicomFolder } from './dicom/scanDicomFiles';

export interface DicomSeriesRead {
  volume: Volume;
  /** Files that made it into the volume, in slice order. */
  files: DicomFileEntry[];
  /** Slices of this series that could not be used, with reasons. */
  skipped: SkippedFile[];
  warnings: string[];
}

function modalityOf(entries: DicomFileEntry[]): Modality {
  const m = entries[0]?.header.modality.toUpperCase() ?? '';
  return m === 'CT' || m === 'MR' || m === 'PT' ? m : 'OT';
}

/** Position of a slice along the series normal (mm), for sorting and gap detection. */
function slicePositionMm(entry: DicomFileEntry): number {
  const o = entry.header.imageOrientationPatient ?? [1, 0, 0, 0, 1, 0];
  const p = entry.header.imagePositionPatient ?? [0, 0, 0];
  const n = [o[1] * o[5] - o[2] * o[4], o[2] * o[3] - o[0] * o[5], o[0] * o[4] - o[1] * o[3]];
  return n[0] * p[0] + n[1] * p[1] + n[2] * p[2];
}

async function decode(files: string[]) {
  const result = await readImageDicomFileSeriesNode({ inputImages: files, singleSortedSeries: false });
  return result.outputImage;
}

/**
 * Decode one series (entries from one DicomSeriesGroup) with itk-wasm: compressed transfer syntaxes included,
 * CT rescaled to HU. A slice that fails to decode is dropped and reported; the rest of the series still loads.
 */
export async function decodeDicomSeries(entries: DicomFileEntry[]): Promise<DicomSeriesRead> {
  const skipped: SkippedFile[] = [];
  const warnings: string[] = [];
  // one slice per position: a second file at the same position is a duplicate (re-sent instance)
  const byPosition = new Map<string, DicomFileEntry>();
  for (const e of [...entries].sort((a, b) => slicePositionMm(a) - slicePositionMm(b))) {
    const key = slicePositionMm(e).toFixed(3);
    const kept = byPosition.get(key);
    if (kept) skipped.push({ path: e.path, code: 'DUPLICATE', reason: `duplicate slice at ${key} mm (same position as ${kept.displayName ?? path.basename(kept.path)})` });
    else byPosition.set(key, e);
  }
  let usable = [...byPosition.values()];
  let image;
  try {
    image = await decode(usable.map((e) => e.path));
  } catch {
    // find the slices that break the series, one by one, then decode the rest
    const good: DicomFileEntry[] = [];
    for (const e of usable) {
      try {
        await decode([e.path]);
        good.push(e);
      } catch (err) {
        // itk-wasm reports decoder failures as a bare wasm exception pointer; only keep messages that say something
        const detail = err instanceof Error && !/^\d+$/.test(err.message) ? `: ${err.message}` : '';
        skipped.push({ path: e.path, code: 'DECODE_FAILED', reason: `pixel data could not be decoded (transfer syntax ${e.header.transferSyntaxUid})${detail}` });
      }
    }
    if (good.length === 0) throw new OstendoError('DECODE_FAILED', 'no slice of this series could be decoded');
    usable = good;
    image = await decode(usable.map((e) => e.path));
  }
  const modality = modalityOf(usable);
  const volume = volumeFromItkImage(image, modality, modality === 'CT' ? 'HU' : modality === 'MR' ? 'MR-arbitrary' : 'unknown');
  if (volume.geometry.sizeIjk[2] !== usable.length && usable.every((e) => e.header.numberOfFrames <= 1)) {
    warnings.push(`decoder produced ${volume.geometry.sizeIjk[2]} slices from ${usable.length} files`);
  }
  const positions = usable.map(slicePositionMm);
  for (let n = 2; n < positions.length; n++) {
    const gap = positions[n] - positions[n - 1];
    if (Math.abs(gap - (positions[1] - positions[0])) > 0.05 * Math.abs(positions[1] - positions[0]) + 1e-3) {
      warnings.push(`uneven slice spacing near ${positions[n - 1].toFixed(1)} mm (missing or extra slice): distances in this region are approximate`);
      break;
    }
  }
  return { volume, files: usable, skipped, warnings };
}

/**
 * Read a DICOM series from a list of files or a folder. When several series are present the largest is used
 * (use the study library's import to keep them all).
 */
export async function readDicomSeries(input: string | string[]): Promise<DicomSeriesRead> {
  const scan = typeof input === 'string' ? scanDicomFolder(input) : groupDicomFiles(input);
  if (scan.series.length === 0) {
    const reasons = scan.skipped.slice(0, 3).map((s) => `${path.basename(s.path)}: ${s.reason}`).join('; ');
    throw new OstendoError('NOT_DICOM', `no DICOM image series found${reasons ? ` (${reasons})` : ''}`);
  }
  const largest = [...scan.series].sort((a, b) => b.files.length - a.files.length)[0];
  const read = await decodeDicomSeries(largest.files);
  return { ...read, skipped: [...scan.skipped, ...read.skipped] };
}
