import fs from 'node:fs';
import path from 'node:path';
import { readImageNode, writeImageNode } from '@itk-wasm/image-io';
import { OstendoError } from '../../../shared/errors';
import type { IntensityUnit, Modality, Volume } from '../../../shared/domain/volume';
import { itkImageFromVolume, volumeFromItkImage } from './itkImage';

/** Extensions read as single-file volumes (NIfTI, NRRD, MetaImage). */
export const VOLUME_FILE_EXTENSIONS = ['.nii', '.nii.gz', '.nrrd', '.nhdr', '.mha', '.mhd'] as const;

export function isVolumeFileName(file: string): boolean {
  const lower = file.toLowerCase();
  return VOLUME_FILE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export interface ReadVolumeOptions {
  /** Modality to record; NIfTI/NRRD carry none, so callers pass what they know (default: guessed). */
  modality?: Modality;
  unit?: IntensityUnit;
}

/**
 * Read a NIfTI/NRRD/MHA file into a Volume with geometry in LPS mm (itk-wasm converts NIfTI's RAS affine).
 * Throws OstendoError with a specific code: EMPTY_FILE, UNREADABLE_FILE, UNSUPPORTED_FILE, DECODE_FAILED.
 */
export async function readVolumeFile(filePath: string, options: ReadVolumeOptions = {}): Promise<Volume> {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
    fs.accessSync(filePath, fs.constants.R_OK);
  } catch (e) {
    throw new OstendoError('UNREADABLE_FILE', `Cannot read ${filePath}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  if (stat.isDirectory()) throw new OstendoError('UNSUPPORTED_FILE', `${filePath} is a folder, expected a volume file`);
  if (stat.size === 0) throw new OstendoError('EMPTY_FILE', `${path.basename(filePath)} is empty (0 bytes)`);
  if (!isVolumeFileName(filePath)) {
    throw new OstendoError('UNSUPPORTED_FILE', `${path.basename(filePath)}: not a NIfTI/NRRD/MHA file`);
  }
  let image;
  try {
    image = await readImageNode(filePath);
  } catch (e) {
    throw new OstendoError('DECODE_FAILED', `${path.basename(filePath)} could not be decoded (truncated or corrupt?): ${e instanceof Error ? e.message : String(e)}`);
  }
  const componentType = image.imageType.componentType;
  const looksLikeLabels = componentType === 'uint8' || componentType === 'uint16';
  const modality = options.modality ?? (looksLikeLabels ? 'SEG' : 'CT');
  const unit = options.unit ?? (modality === 'CT' ? 'HU' : modality === 'SEG' ? 'label' : modality === 'MR' ? 'MR-arbitrary' : 'unknown');
  return volumeFromItkImage(image, modality, unit);
}

/** Write a Volume as NIfTI/NRRD/MHA (format from the extension), geometry preserved. */
export async function writeVolumeFile(filePath: string, volume: Volume): Promise<void> {
  if (!isVolumeFileName(filePath)) {
    throw new OstendoError('UNSUPPORTED_FILE', `Cannot write ${filePath}: use .nii.gz, .nii, .nrrd or .mha`);
  }
  fs.mkdirSync(path.dirname(path.resolve(filePath)), { recursive: true });
  await writeImageNode(itkImageFromVolume(volume), filePath, { useCompression: true });
}
