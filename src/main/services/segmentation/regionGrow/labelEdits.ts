import type { ClassMap, LabelClass } from '../../../../shared/domain/labels';
import type { Volume } from '../../../../shared/domain/volume';
import { OstendoError } from '../../../../shared/errors';
import type { Mask } from '../voxel/mask';

export type LabelVoxels = Uint8Array | Uint16Array;

export interface NewStructure {
  id: string;
  name: string;
  color: [number, number, number];
}

/** What `addStructure` changed, so `undoAddStructure` can restore the label map exactly. */
export interface AddStructureUndo {
  label: number;
  /** Offsets whose value changed, and their previous values. */
  offsets: Uint32Array;
  previous: Uint16Array;
}

export interface AddStructureResult {
  labels: Volume<LabelVoxels>;
  classMap: ClassMap;
  label: number;
  undo: AddStructureUndo;
}

/**
 * Add `mask` as a new named structure with the next free label value (max of class map and voxels, + 1).
 * Mask voxels overwrite whatever label was there (the user's new region wins). Returns new objects; the inputs
 * are not modified. A Uint8 map that needs label 256 is widened to Uint16.
 * Throws GRID_MISMATCH when the mask is not on the label grid, INVALID_LABELS for a duplicate id or an empty mask.
 */
export function addStructure(labels: Volume<LabelVoxels>, classMap: ClassMap, mask: Mask, structure: NewStructure): AddStructureResult {
  if (mask.length !== labels.voxels.length) {
    throw new OstendoError('GRID_MISMATCH', `Mask has ${mask.length} voxels, label map ${labels.voxels.length}`);
  }
  if (classMap.classes.some((c) => c.id === structure.id)) {
    throw new OstendoError('INVALID_LABELS', `A structure '${structure.id}' already exists in this segmentation`);
  }
  let maxLabel = 0;
  for (const c of classMap.classes) maxLabel = Math.max(maxLabel, c.label);
  for (let o = 0; o < labels.voxels.length; o++) if (labels.voxels[o]! > maxLabel) maxLabel = labels.voxels[o]!;
  const label = maxLabel + 1;
  if (label > 65535) throw new OstendoError('INVALID_LABELS', 'The label map has no free label value');
  const voxels: LabelVoxels = label > 255 && labels.voxels instanceof Uint8Array ? Uint16Array.from(labels.voxels) : labels.voxels.slice();
  const changed: number[] = [];
  for (let o = 0; o < mask.length; o++) if (mask[o]) changed.push(o);
  if (changed.length === 0) throw new OstendoError('INVALID_LABELS', `The region for '${structure.id}' is empty`);
  const offsets = Uint32Array.from(changed);
  const previous = new Uint16Array(offsets.length);
  offsets.forEach((o, n) => {
    previous[n] = voxels[o]!;
    voxels[o] = label;
  });
  const added: LabelClass = { label, id: structure.id, name: structure.name, color: structure.color };
  return {
    labels: { ...labels, voxels },
    classMap: { ...classMap, classes: [...classMap.classes, added] },
    label,
    undo: { label, offsets, previous },
  };
}

/** Exactly revert an `addStructure` (restores overwritten labels and drops the class). */
export function undoAddStructure(labels: Volume<LabelVoxels>, classMap: ClassMap, undo: AddStructureUndo): { labels: Volume<LabelVoxels>; classMap: ClassMap } {
  const voxels = labels.voxels.slice();
  undo.offsets.forEach((o, n) => {
    if (voxels[o] === undo.label) voxels[o] = undo.previous[n]!;
  });
  return { labels: { ...labels, voxels }, classMap: { ...classMap, classes: classMap.classes.filter((c) => c.label !== undo.label) } };
}

/** Remove a structure: its voxels become background (0) and its class is dropped. NOT_FOUND if the label is unknown. */
export function removeStructure(labels: Volume<LabelVoxels>, classMap: ClassMap, label: number): { labels: Volume<LabelVoxels>; classMap: ClassMap } {
  if (!classMap.classes.some((c) => c.label === label)) {
    throw new OstendoError('NOT_FOUND', `No structure with label ${label} in this segmentation`);
  }
  const voxels = labels.voxels.slice();
  for (let o = 0; o < voxels.length; o++) if (voxels[o] === label) voxels[o] = 0;
  return { labels: { ...labels, voxels }, classMap: { ...classMap, classes: classMap.classes.filter((c) => c.label !== label) } };
}
