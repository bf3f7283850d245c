import type { VolumeGeometry } from '../../../shared/domain/geometry';
import type { VoxelData } from '../../../shared/domain/volume';
import type { LabelMapSummary, VolumeInfo } from '../../../shared/ipc/contract';

/** A volume's display copy in the renderer (the main process owns the original). */
export interface LoadedVolume {
  info: VolumeInfo;
  geometry: VolumeGeometry;
  voxels: VoxelData;
}

/**
 * A label map's display copy. Label values are mapped to display indices 1..255 (`labelToIndex`)
 * so 2D overlays can be 8-bit textures whatever the label values are.
 */
export interface LoadedLabels {
  summary: LabelMapSummary;
  geometry: VolumeGeometry;
  voxels: VoxelData;
  labelToIndex: Uint8Array;
  /** display index → structure id ('' for 0 and unused indices) */
  indexToId: string[];
}

/** Most structures a 2D overlay can colour (8-bit display indices, 0 = none). */
export const MAX_OVERLAY_STRUCTURES = 255;

export function labelIndexTables(summary: LabelMapSummary): { labelToIndex: Uint8Array; indexToId: string[] } {
  const maxLabel = summary.classes.reduce((m, c) => Math.max(m, c.label), 0);
  const labelToIndex = new Uint8Array(maxLabel + 1);
  const indexToId = [''];
  for (const c of summary.classes.slice(0, MAX_OVERLAY_STRUCTURES)) {
    labelToIndex[c.label] = indexToId.length;
    indexToId.push(c.id);
  }
  return { labelToIndex, indexToId };
}
