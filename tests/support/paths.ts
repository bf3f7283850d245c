import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const REPO_ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
export const SHARED_DATA = path.resolve(REPO_ROOT, '../shared/data');
export const hasSharedData = fs.existsSync(SHARED_DATA);
export const JP2K_DIR = path.join(SHARED_DATA, 'ct-dicom-jp2k');
export const CT_NIFTI = path.join(SHARED_DATA, 'ct-abdomen-3mm', 'ct.nii.gz');
export const CT_LABELS = path.join(SHARED_DATA, 'ct-abdomen-3mm', 'reference-labels.nii.gz');
export const MR_NIFTI = path.join(SHARED_DATA, 'mr-abdomen-3mm', 'mr.nii.gz');
export const MR_LABELS = path.join(SHARED_DATA, 'mr-abdomen-3mm', 'reference-labels.nii.gz');
/** Debian's python with nibabel/numpy/torch/vtk (the pyenv `python3` has none of them). */
export const DEBIAN_PYTHON = '/usr/bin/python3';

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `ostendo-${prefix}-`));
}

/** Run the built CLI (out/main/cli.js through bin/ostendo.mjs). */
export const CLI = path.join(REPO_ROOT, 'bin', 'ostendo.mjs');
