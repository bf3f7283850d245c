import type { Volume } from '../../../../shared/domain/volume';
import { axialAxis } from '../voxel/axes';
import { largestComponent } from '../voxel/connectedComponents';
import { fillHolesPerSlice } from '../voxel/fillHoles';
import { thresholdMask, type Mask } from '../voxel/mask';
import { openBox } from '../voxel/morphology';

/** Tissue is denser than this; air, blanket foam and most of the lungs are not (HU). */
export const BODY_MIN_HU = -500;
/** Half-width of the in-plane opening (mm): removes the table's thin shell and blanket folds. */
const BODY_OPENING_RADIUS_MM = 3;

/**
 * Patient body: the largest 6-connected component of voxels above -500 HU after an in-plane opening, with holes
 * (lungs, bowel gas) filled slice by slice. The table is thin and flat, so the opening cuts it off the body and
 * it becomes a separate (smaller) component.
 */
export function segmentBody(image: Volume): Mask {
  const { sizeIjk, spacingMm } = image.geometry;
  const axis = axialAxis(image.geometry);
  const dense = thresholdMask(image.voxels, BODY_MIN_HU, Infinity);
  // open only within the axial plane: the scan's slice spacing may be coarse, and the body is continuous in z
  const radius: [number, number, number] = [0, 0, 0];
  for (const c of [0, 1, 2] as const) {
    if (c !== axis) radius[c] = Math.max(1, Math.round(BODY_OPENING_RADIUS_MM / spacingMm[c]));
  }
  const opened = openBox(dense, sizeIjk, radius);
  return fillHolesPerSlice(largestComponent(opened, sizeIjk), sizeIjk, axis);
}
