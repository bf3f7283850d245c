import { OstendoError } from '../../../../shared/errors';
import type { LabelArray } from './resample';

/**
 * Lookup table local part label → global label value (0 stays background).
 * @param localToStructure part's `labels` (local index → structure id)
 * @param valueOf global label value of each structure id
 */
export function localToGlobalTable(localToStructure: Record<string, string>, valueOf: ReadonlyMap<string, number>): Uint16Array {
  const maxLocal = Math.max(0, ...Object.keys(localToStructure).map(Number));
  const table = new Uint16Array(Math.max(maxLocal + 1, 256));
  for (const [local, id] of Object.entries(localToStructure)) {
    const value = valueOf.get(id);
    if (value === undefined) throw new OstendoError('MODEL_INVALID', `Structure '${id}' has no global label value`);
    table[Number(local)] = value;
  }
  return table;
}

/**
 * Write a part's labels into the merged map: every voxel the part labels (local > 0, mapped to a known
 * structure) takes that structure's global value; a later part overwrites an earlier one where both claim a voxel
 * (TotalSegmentator's order). Local labels the table does not name are left unmerged.
 */
export function mergePartLabels(merged: LabelArray, partLabels: LabelArray, table: Uint16Array): void {
  if (merged.length !== partLabels.length) {
    throw new OstendoError('GRID_MISMATCH', `Part labels (${partLabels.length} voxels) do not match the merged grid (${merged.length})`);
  }
  for (let n = 0; n < merged.length; n++) {
    const local = partLabels[n]!;
    if (local === 0) continue;
    const global = local < table.length ? table[local]! : 0;
    if (global !== 0) merged[n] = global;
  }
}
