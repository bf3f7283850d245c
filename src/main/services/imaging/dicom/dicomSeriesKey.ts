import { createHash } from 'node:crypto';
import type { DicomHeader } from './parseDicomHeader';

function shortHash(parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0001')).digest('hex').slice(0, 24);
}

/**
 * Stable study key: the StudyInstanceUID, or (when a de-identification tool blanked it) a hash of the fields that
 * identify a visit. The same files always produce the same key, so re-imports stay idempotent.
 */
export function studyKey(h: DicomHeader): string {
  if (h.studyInstanceUid) return h.studyInstanceUid;
  return `fallback-study-${shortHash([h.patientId, h.patientName, h.patientBirthDate, h.studyDate, h.accessionNumber, h.studyDescription])}`;
}

function orientationKey(h: DicomHeader): string {
  return (h.imageOrientationPatient ?? []).map((v) => v.toFixed(3)).join(',');
}

/**
 * Stable series key. Files sharing a SeriesInstanceUID but not a slice geometry (a localizer inside a series, a
 * different matrix) are split, since they cannot form one volume. Without a SeriesInstanceUID the key is a hash of
 * study, series number/description, modality, frame of reference and slice geometry.
 */
export function seriesKey(h: DicomHeader): string {
  const geometry = `${orientationKey(h)}|${h.rows}x${h.columns}|${(h.pixelSpacingMm ?? []).map((v) => v.toFixed(4)).join(',')}`;
  const base = h.seriesInstanceUid
    ? h.seriesInstanceUid
    : `fallback-series-${shortHash([studyKey(h), h.seriesNumber, h.seriesDescription, h.modality, h.frameOfReferenceUid])}`;
  return `${base}#${shortHash([geometry]).slice(0, 8)}`;
}
