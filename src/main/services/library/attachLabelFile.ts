import path from 'node:path';
import { sameGrid } from '../../../shared/domain/geometry';
import type { LabelMapSummary } from '../../../shared/ipc/contract';
import { readVolumeFile } from '../imaging/volumeFiles';
import { resolveClassMap } from '../anatomy/resolveClassMap';
import { alignLabelsToImage } from '../meshing/alignLabelsToImage';
import { presentLabelValues } from '../meshing/meshLabelFile';
import { addLabelMap } from './labelMapStore';
import type { StudyLibrary } from './studyLibrary';

/**
 * Store a label-map file (NIfTI/NRRD/MHA) with a library series. A file holding the same physical grid in
 * another axis order is resampled onto the series grid; any other grid is refused (GRID_MISMATCH). Structures
 * are named by `classes` ('total' | 'total_mr' | 'builtin' | a JSON file), else `label_<n>`.
 */
export async function attachLabelFile(library: StudyLibrary, seriesId: string, file: string, classes?: string): Promise<LabelMapSummary> {
  const image = library.loadSeriesVolume(seriesId, 'attach-labels');
  const raw = await readVolumeFile(file, { modality: 'SEG', unit: 'label' });
  const labels = sameGrid(raw.geometry, image.geometry) ? raw : alignLabelsToImage(raw, image);
  const classMap = resolveClassMap(classes, presentLabelValues(labels, path.basename(file)));
  return addLabelMap(library, seriesId, { kind: 'file', classMap, provenance: `file ${path.basename(file)}`, labels });
}
